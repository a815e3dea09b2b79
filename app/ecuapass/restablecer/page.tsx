import type { Metadata } from "next";
import { ResetRequestForm } from "./reset-request-form";

export const metadata: Metadata = { title: "¿Olvidó su contraseña? — Ecuapass" };

export default function EcuapassResetRequestPage() {
  return (
    <>
      <h1>¿Olvidó su contraseña?</h1>
      <p className="lead">Portal Ecuapass · Usuario General</p>
      <p>
        Ingrese su ID.usuario. Le enviaremos al correo electrónico registrado un enlace para registrar una nueva
        contraseña; el enlace es válido por 1 hora y sirve una sola vez.
      </p>
      <ResetRequestForm />
    </>
  );
}
