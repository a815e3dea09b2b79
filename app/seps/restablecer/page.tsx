import type { Metadata } from "next";
import { ResetRequestForm } from "./reset-request-form";

export const metadata: Metadata = { title: "Restablecer contraseña — SEPS" };

export default function RequestSepsResetPage() {
  return (
    <>
      <h1>Restablecer contraseña</h1>
      <p className="lead">Servicios electrónicos de la SEPS</p>
      <p>
        Si no ingresó al enlace enviado a su correo electrónico en el tiempo establecido (72 horas), o si olvidó su
        contraseña, ingrese su usuario. Le enviaremos un enlace al correo electrónico registrado para validar su
        información y generar su contraseña.
      </p>
      <ResetRequestForm />
    </>
  );
}
