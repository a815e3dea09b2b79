import { seedDemoCatastro } from "@/lib/seps/demo-catastro";

// Demo data per domain; each seeder is idempotent.
export async function seedDemoData() {
  // The SEPS catastro: both sectors, every segment and level, and one organization whose
  // legal-representative role is already held (to demo "Usuario a desactivar").
  await seedDemoCatastro();
}
