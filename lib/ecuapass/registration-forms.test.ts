import { describe, expect, it } from "vitest";
import { checkRuc } from "@/lib/identity/documents";
import { randomCedula } from "@/test/factories";
import { rucKind } from "./organization-schema";
import { CEDULA_ONLY, parseTypeForm } from "./registration-forms";
import type { DetailedType } from "./request-details";
import { RESPALDO_MISSING, RESPALDO_NOT_PDF } from "./type-forms";
import { minimalPdf, randomRuc, validTypeForm } from "./test-data";

const pdf: { name: string; bytes: Uint8Array } = { name: "Nombramiento ‮fdp.exe Gerente.PDF", bytes: minimalPdf() };
const TYPES: DetailedType[] = ["representante_comercio_exterior", "empleado", "representante_entidad_publica", "funcionario_entidad_publica", "organismo_internacional", "persona_discapacidad"];

const errorsOf = (type: DetailedType, overrides: Record<string, string>, upload: typeof pdf | null = pdf) => {
  const result = parseTypeForm(type, validTypeForm(type, overrides), upload);
  return result.ok ? {} : result.fieldErrors;
};

describe("the six registration forms", () => {
  it("the test RUCs are of their kind and pass stdnum without a warning", () => {
    for (const kind of ["persona_natural", "entidad_publica", "sociedad_privada"] as const) {
      const ruc = randomRuc(kind);
      expect(checkRuc(ruc)).toEqual({ ok: true, value: ruc });
      expect(rucKind(ruc)).toBe(kind);
    }
  });

  it.each(TYPES)("%s: a complete form parses into the registration, the organization, the details and the file", (type) => {
    const result = parseTypeForm(type, validTypeForm(type), pdf);
    if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
    expect(result.organization === null).toBe(type === "persona_discapacidad");
    expect(result.respaldo === null).toBe(type === "empleado");
    if (result.respaldo) expect(result.respaldo.fileName).toBe("Nombramiento-fdp.exe-Gerente.pdf");
  });

  it("derives the supporting document: a natural person's RUC, a delegate's delegation, a legal representative's accreditation", () => {
    const natural = parseTypeForm("representante_comercio_exterior", validTypeForm("representante_comercio_exterior", { orgRuc: randomRuc("persona_natural") }), pdf);
    expect(natural.ok && natural.details.respaldoKind).toBe("ruc_persona_natural");
    const authority = parseTypeForm("representante_entidad_publica", validTypeForm("representante_entidad_publica", { capacity: "maxima_autoridad" }), pdf);
    expect(authority.ok && authority.details).toMatchObject({ capacity: "maxima_autoridad", authority: null, respaldoKind: "nombramiento_autoridad" });
    const acting = parseTypeForm(
      "persona_discapacidad",
      validTypeForm("persona_discapacidad", {
        hasLegalRepresentative: "si",
        legalRepresentativeFullName: "Rosa Elena Vélez",
        legalRepresentativeDocType: "cedula",
        legalRepresentativeDocNumber: randomCedula(),
        relation: "padre_madre",
        disabilityPercent: "75 %",
      }),
      pdf,
    );
    expect(acting.ok && acting.details).toMatchObject({ disabilityPercent: 75, relation: "padre_madre", respaldoKind: "cedula_representacion" });
  });

  it("refuses a RUC of a kind the type does not admit, naming the kinds it admits", () => {
    expect(errorsOf("representante_entidad_publica", { orgRuc: randomRuc("sociedad_privada") }).orgRuc).toEqual([
      "Este tipo de registro no admite un RUC de ese tipo. Admite el RUC de: entidad pública.",
    ]);
    expect(errorsOf("organismo_internacional", { orgRuc: randomRuc("persona_natural") }).orgRuc?.[0]).toMatch(/sociedad privada o entidad pública/);
  });

  it("lists every wrong field of every part in one answer, under the form's field names", () => {
    const errors = errorsOf(
      "representante_entidad_publica",
      { mobile: "123", orgRuc: "1790011674000", position: "", authorityDocNumber: "1710034066", authorityPosition: "" },
      null,
    );
    expect(Object.keys(errors).sort()).toEqual(["authorityDocNumber", "authorityPosition", "mobile", "orgRuc", "position", "respaldo"]);
    expect(errors.respaldo).toEqual([RESPALDO_MISSING]);
  });

  it("Persona con Discapacidad: cédula only, the percentage as printed, the legal representative's data when one acts", () => {
    expect(errorsOf("persona_discapacidad", { docType: "pasaporte", docNumber: "AB123456" }).docNumber).toContain(CEDULA_ONLY);
    expect(Object.keys(errorsOf("persona_discapacidad", { disabilityPercent: "veinte", disabilityType: "" }))).toEqual(["disabilityType", "disabilityPercent"]);
    expect(errorsOf("persona_discapacidad", { disabilityPercent: "12" }).disabilityPercent?.[0]).toMatch(/de 30 a 100/);
    const acting = errorsOf("persona_discapacidad", { hasLegalRepresentative: "si" });
    expect(Object.keys(acting).sort()).toEqual(["legalRepresentativeDocNumber", "legalRepresentativeFullName", "relation"]);
  });

  it("a type with a choice of supporting document needs one of its own kinds", () => {
    expect(errorsOf("funcionario_entidad_publica", { respaldoKind: "nombramiento" }).respaldoKind).toBeDefined();
    expect(errorsOf("organismo_internacional", { respaldoKind: "" }).respaldoKind).toBeDefined();
  });

  it("checks the file by its content: not a PDF, empty, damaged", () => {
    expect(errorsOf("funcionario_entidad_publica", {}, { name: "x.pdf", bytes: Buffer.from("<html></html>") }).respaldo).toEqual([RESPALDO_NOT_PDF]);
    expect(errorsOf("funcionario_entidad_publica", {}, { name: "x.pdf", bytes: new Uint8Array(0) }).respaldo).toEqual([RESPALDO_MISSING]);
    expect(errorsOf("funcionario_entidad_publica", {}, { name: "x.pdf", bytes: minimalPdf().subarray(0, 100) }).respaldo?.[0]).toMatch(/dañado/);
    expect(errorsOf("empleado", {}, null)).toEqual({});
  });

  it("a file name with nothing usable falls back to the type's", () => {
    const result = parseTypeForm("organismo_internacional", validTypeForm("organismo_internacional"), { name: "../../ñ.pdf", bytes: minimalPdf() });
    expect(result.ok && result.respaldo?.fileName).toBe("n.pdf");
    const none = parseTypeForm("organismo_internacional", validTypeForm("organismo_internacional"), { name: "“”.pdf", bytes: minimalPdf() });
    expect(none.ok && none.respaldo?.fileName).toBe("respaldo-organismo-internacional.pdf");
  });
});
