// Demo staff accounts, created by the seed in development and for end-to-end tests only
// (never in a production deployment: the seed refuses there unless asked with --demo-staff).

export const DEMO_REVIEWER = {
  email: "revisor@ventanilla.local",
  fullName: "Revisora de Demostración",
  role: "reviewer" as const,
  password: "Revision-demo-2026",
  totpSecret: "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP",
  recoveryCodes: ["4A7KM-9QX2D", "B3N8P-R6TW1", "C9H2J-K4M7V", "D5Q8R-T2W6X", "E7Y3Z-A9C4F"],
};

export const DEMO_ADMIN = {
  email: "admin@ventanilla.local",
  fullName: "Administrador de Demostración",
  role: "admin" as const,
  password: "Administracion-demo-2026",
  totpSecret: "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU",
  recoveryCodes: ["F2G6H-J8K3M", "G4H7J-N9P2Q", "H6J9K-R3S5T", "J8K2M-V6W9X", "K3M5N-Y7Z2A"],
};
