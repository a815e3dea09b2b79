import Link from "next/link";

/** "Migas de pan": the links above the current page, then the page itself. */
export function Breadcrumbs({ trail, current }: { trail: { href: string; label: string }[]; current: string }) {
  return (
    <nav aria-label="Ruta de navegación" className="breadcrumbs">
      <ol>
        {trail.map((item) => (
          <li key={item.href}>
            <Link href={item.href}>{item.label}</Link>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
