import type { Metadata } from "next";
import Link from "next/link";
import { StatusLookupForm } from "./status-lookup-form";
import "../seps.css";

export const metadata: Metadata = { title: "Consultar el estado de una solicitud — SEPS", robots: { index: false } };

export default function SepsStatusLookupPage() {
  return (
    <>
      <h1>Consultar el estado de una solicitud</h1>
      <p className="lead">Solicitud de usuario y clave — SEPS</p>
      <p>
        Si no tiene a mano el enlace privado de su solicitud, consulte su estado con el número de la solicitud y la cédula
        del usuario de la clave. Desde aquí también puede pedir que se envíe un nuevo enlace al correo registrado en la
        solicitud.
      </p>
      <StatusLookupForm />
      <p>
        <Link href="/seps/solicitud">Presentar una nueva solicitud</Link>
      </p>
    </>
  );
}
