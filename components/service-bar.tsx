/** Names the institution whose service a section is, under the site's header. */
export function ServiceBar({ institution, service }: { institution: string; service: string }) {
  return (
    <p className="service-bar">
      <span className="service-bar__service">{service}</span> · {institution}
    </p>
  );
}
