import { Body, Container, Head, Heading, Hr, Html, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";

/** The frame every Ventanilla email shares: heading, body, a footer saying who sent it. */
export function EmailLayout({ preview, heading, children }: { preview: string; heading: string; children: ReactNode }) {
  return (
    <Html lang="es">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: "#f3f4f6", fontFamily: "Arial, Helvetica, sans-serif", color: "#1f2937" }}>
        <Container style={{ backgroundColor: "#ffffff", margin: "24px auto", padding: "24px", maxWidth: "560px" }}>
          <Text style={{ fontSize: "14px", fontWeight: 700, color: "#1d4ed8", margin: 0 }}>Ventanilla</Text>
          <Heading as="h1" style={{ fontSize: "20px", margin: "12px 0" }}>
            {heading}
          </Heading>
          <Section>{children}</Section>
          <Hr style={{ borderColor: "#e5e7eb", margin: "24px 0 12px" }} />
          <Text style={{ fontSize: "12px", color: "#6b7280" }}>
            Este es un mensaje automático; no responda a este correo. Si usted no realizó esta solicitud, ignórelo.
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

export const paragraph = { fontSize: "15px", lineHeight: "22px" } as const;
export const codeStyle = {
  fontSize: "28px",
  letterSpacing: "6px",
  fontWeight: 700,
  fontFamily: "Courier New, monospace",
  backgroundColor: "#f3f4f6",
  padding: "12px 16px",
  display: "inline-block",
} as const;
export const buttonStyle = {
  backgroundColor: "#1d4ed8",
  color: "#ffffff",
  padding: "12px 20px",
  borderRadius: "4px",
  textDecoration: "none",
  fontWeight: 700,
} as const;
