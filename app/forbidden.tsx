import Link from "next/link";

export default function Forbidden() {
  return (
    <>
      <h1>Acceso no permitido</h1>
      <p>Su cuenta no tiene permiso para ver esta página.</p>
      <p>
        <Link href="/">Ir al inicio</Link>
      </p>
    </>
  );
}
