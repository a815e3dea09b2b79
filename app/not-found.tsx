import Link from "next/link";

export default function NotFound() {
  return (
    <>
      <h1>Página no encontrada</h1>
      <p>La dirección no existe o el enlace ya no es válido.</p>
      <p>
        <Link href="/">Ir al inicio</Link>
      </p>
    </>
  );
}
