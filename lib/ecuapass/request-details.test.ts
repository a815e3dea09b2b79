import { describe, expect, it } from "vitest";
import { randomCedula } from "@/test/factories";
import { REGISTRATION_TYPES } from "./registration-types";
import { REQUEST_DETAILS_SCHEMAS, RESPALDO_KINDS_FOR, describeRequestDetails, needsRespaldo, parseRequestDetails, type DetailedType } from "./request-details";

const person = (overrides: Record<string, unknown> = {}) => ({ fullName: "  Ana   Lucía Torres ", docType: "cedula", docNumber: randomCedula(), ...overrides });

/** One valid details object per type. */
function valid(type: DetailedType): Record<string, unknown> {
  switch (type) {
    case "representante_comercio_exterior":
      return { position: "Gerente General", respaldoKind: "nombramiento" };
    case "empleado":
      return { position: "Asistente de importaciones" };
    case "representante_entidad_publica":
      return { position: "Director de Comercio Exterior", capacity: "delegado", authority: person({ position: "Ministra" }), respaldoKind: "oficio_delegacion" };
    case "funcionario_entidad_publica":
      return { position: "Analista", respaldoKind: "accion_personal" };
    case "organismo_internacional":
      return { position: "Oficial de enlace", representative: person({ docType: "pasaporte", docNumber: "x1234567" }), respaldoKind: "credencial_organismo" };
    case "persona_discapacidad":
      return { cedula: randomCedula(), disabilityType: "visual", disabilityPercent: 45, legalRepresentative: null, relation: null, respaldoKind: "cedula" };
  }
}

const DETAILED = REGISTRATION_TYPES.filter((t): t is DetailedType => t !== "usuario_general");

describe("request details", () => {
  it.each(DETAILED)("%s: valid details parse, and parsing the stored result gives it back", (type) => {
    const first = parseRequestDetails(type, valid(type));
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const again = parseRequestDetails(type, first.details);
    expect(again).toEqual(first);
  });

  it("normalizes a person's name and passport", () => {
    const parsed = parseRequestDetails("organismo_internacional", valid("organismo_internacional"));
    expect(parsed.ok && parsed.details.representative).toMatchObject({ fullName: "Ana Lucía Torres", docNumber: "X1234567" });
  });

  it("refuses a wrong cédula with the checker's Spanish message on its path", () => {
    const parsed = parseRequestDetails("persona_discapacidad", { ...valid("persona_discapacidad"), cedula: "1710034066" });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.issues[0]).toMatchObject({ path: ["cedula"], message: "La cédula no es válida (dígito verificador incorrecto)." });
  });

  it.each([29, 101, 45.5])("refuses a disability percentage of %s", (disabilityPercent) => {
    expect(parseRequestDetails("persona_discapacidad", { ...valid("persona_discapacidad"), disabilityPercent }).ok).toBe(false);
  });

  it("asks the relation and the representation document when a legal representative acts", () => {
    const parsed = parseRequestDetails("persona_discapacidad", { ...valid("persona_discapacidad"), legalRepresentative: person() });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.issues.map((i) => i.path.join("."))).toEqual(["relation", "respaldoKind"]);
    expect(
      parseRequestDetails("persona_discapacidad", {
        ...valid("persona_discapacidad"),
        legalRepresentative: person(),
        relation: "curador",
        respaldoKind: "cedula_representacion",
      }).ok,
    ).toBe(true);
  });

  it("a delegate of a public entity names the authority and attaches the delegation", () => {
    const base = valid("representante_entidad_publica");
    expect(parseRequestDetails("representante_entidad_publica", { ...base, authority: null }).ok).toBe(false);
    expect(parseRequestDetails("representante_entidad_publica", { ...base, respaldoKind: "nombramiento_autoridad" }).ok).toBe(false);
    expect(
      parseRequestDetails("representante_entidad_publica", { ...base, capacity: "maxima_autoridad", authority: null, respaldoKind: "nombramiento_autoridad" }).ok,
    ).toBe(true);
  });

  it("answers missing sections with issues, never a throw", () => {
    for (const type of DETAILED) expect(parseRequestDetails(type, { position: "x" }).ok).toBe(false);
    expect(parseRequestDetails("organismo_internacional", null).ok).toBe(false);
  });

  it("refuses a supporting-document kind of another type", () => {
    expect(parseRequestDetails("funcionario_entidad_publica", { ...valid("funcionario_entidad_publica"), respaldoKind: "nombramiento" }).ok).toBe(false);
  });

  it("each type's schema accepts exactly its own supporting-document kinds", () => {
    for (const type of DETAILED) {
      expect(needsRespaldo(type)).toBe(type !== "empleado");
      const shape = (REQUEST_DETAILS_SCHEMAS[type] as unknown as { shape?: Record<string, unknown> }).shape;
      if (shape) expect("respaldoKind" in shape).toBe(needsRespaldo(type));
      expect(RESPALDO_KINDS_FOR[type]).toBeDefined();
    }
  });

  it("describes the details as labelled rows", () => {
    const parsed = parseRequestDetails("persona_discapacidad", {
      ...valid("persona_discapacidad"),
      legalRepresentative: person(),
      relation: "padre_madre",
      respaldoKind: "cedula_representacion",
    });
    const rows = describeRequestDetails("persona_discapacidad", parsed.ok && parsed.details);
    expect(rows).toContainEqual({ label: "Tipo de discapacidad", value: "Visual" });
    expect(rows).toContainEqual({ label: "Porcentaje de discapacidad", value: "45 %" });
    expect(rows).toContainEqual({ label: "Representante legal: calidad", value: "Padre o madre" });
    expect(rows.at(-1)?.label).toBe("Documento de respaldo");
  });

  it.each(DETAILED)("%s: every row has a label and a value", (type) => {
    const rows = describeRequestDetails(type, valid(type));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.label && row.value).toBeTruthy();
  });

  it("shows details that do not match the schema raw instead of hiding them", () => {
    expect(describeRequestDetails("empleado", { cargo: "x" })).toEqual([{ label: "Datos de Empleado (sin validar)", value: '{"cargo":"x"}' }]);
    expect(describeRequestDetails("usuario_general", {})).toEqual([]);
  });
});
