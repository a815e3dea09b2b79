// Valid form data for the tests (unique per call, so tests can run in parallel on one database).
import { randomCedula, uniqueEmail, uniqueSuffix } from "@/test/factories";

export function randomIp(): string {
  const b = () => Math.floor(Math.random() * 254) + 1;
  return `10.${b()}.${b()}.${b()}`;
}

export function uniqueUserId(): string {
  return `u${uniqueSuffix()}`;
}

export function validForm(overrides: Record<string, string> = {}): Record<string, string> {
  const email = overrides.email ?? uniqueEmail("ecuapass");
  return {
    userId: uniqueUserId(),
    docType: "cedula",
    docNumber: randomCedula(),
    fullName: "María José Pérez Andrade",
    password: "Tortuga-Marina-42",
    passwordConfirmation: overrides.password ?? "Tortuga-Marina-42",
    country: "EC",
    province: "17",
    city: "1701",
    address: "Av. Amazonas N34-451 y Atahualpa",
    phone1: "022345678",
    phone2: "",
    mobileOperator: "CLARO",
    mobile: "0991234567",
    fax: "",
    email,
    emailConfirmation: email,
    securityCode: "",
    ...overrides,
  };
}
