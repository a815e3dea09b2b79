export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>
          Ventanilla: registro de usuarios para servicios electrónicos del Estado ecuatoriano (SENAE Ecuapass y
          Superintendencia de Economía Popular y Solidaria).
        </p>
      </div>
    </footer>
  );
}
