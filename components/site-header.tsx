import Link from "next/link";

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="site-header__brand">
          Ventanilla
        </Link>
        <nav aria-label="Principal">
          <ul>
            <li>
              <Link href="/ecuapass/registro">Ecuapass</Link>
            </li>
            <li>
              <Link href="/seps/solicitud">SEPS</Link>
            </li>
            <li>
              <Link href="/#ingresar">Ingresar</Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
