import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { signedInUser } from "@/lib/auth/guards";
import { HOME_PATH, type AccountKind } from "@/lib/auth/kinds";

const HOME_LABEL: Record<AccountKind, string> = { ecuapass: "Mi página", seps: "Mi casillero", staff: "Bandeja" };

export async function SiteHeader() {
  const user = await signedInUser();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <div className="site-header__identity">
          <Link href="/" className="site-header__brand">
            Ventanilla
          </Link>
          <span className="site-header__tagline">Registro de usuarios de SENAE Ecuapass y de la SEPS</span>
        </div>
        <nav aria-label="Principal">
          <ul>
            <li>
              <Link href="/ecuapass/registro">Ecuapass</Link>
            </li>
            <li>
              <Link href="/seps/solicitud">SEPS</Link>
            </li>
            <li>
              {user ? <Link href={HOME_PATH[user.kind]}>{HOME_LABEL[user.kind]}</Link> : <Link href="/#ingresar">Ingresar</Link>}
            </li>
          </ul>
        </nav>
        {user && (
          <div className="site-header__session">
            <span>
              <span className="visually-hidden">Sesión iniciada: </span>
              {user.name}
            </span>
            <SignOutButton />
          </div>
        )}
      </div>
    </header>
  );
}
