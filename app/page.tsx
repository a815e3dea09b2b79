import Link from "next/link";

export default function HomePage() {
  return (
    <>
      <h1>Ventanilla</h1>
      <p className="lead">
        Registro de usuarios para los servicios electrónicos del Estado ecuatoriano, en línea y sin trámites en papel
        cuando no hacen falta.
      </p>

      <h2>Trámites disponibles</h2>
      <div className="cards">
        <section className="card" aria-labelledby="tramite-ecuapass">
          <h3 id="tramite-ecuapass">SENAE Ecuapass: Solicitud de registro para Usuario General</h3>
          <p>
            Para ciudadanos que desean acceder a la información pública de comercio exterior del portal Ecuapass:
            Consulta del Arancel, Mi página, e-docs, preguntas y respuestas, avisos. La aprobación es automática.
          </p>
          <p>
            <Link className="button" href="/ecuapass/registro">
              Registrarse en Ecuapass
            </Link>
          </p>
        </section>
        <section className="card" aria-labelledby="tramite-seps">
          <h3 id="tramite-seps">SEPS: Solicitud de usuario y clave</h3>
          <p>
            Para organizaciones de la economía popular y solidaria, financieras y no financieras, que solicitan
            acceso a los servicios electrónicos de la Superintendencia para una persona y sus roles.
          </p>
          <p>
            <Link className="button" href="/seps/solicitud">
              Solicitar usuario y clave
            </Link>
          </p>
        </section>
      </div>

      <h2 id="ingresar">Ingresar</h2>
      <ul>
        <li>
          <Link href="/ecuapass/ingresar">Usuarios de Ecuapass</Link> (ID.usuario y contraseña)
        </li>
        <li>
          <Link href="/seps/ingresar">Usuarios de los servicios de la SEPS</Link> (cédula y contraseña)
        </li>
        <li>
          <Link href="/admin/ingresar">Personal de revisión de la SEPS</Link>
        </li>
      </ul>
    </>
  );
}
