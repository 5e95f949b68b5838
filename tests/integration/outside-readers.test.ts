/**
 * Readers outside the handling office (the district supervisor) get every free-text field with the
 * case's own parties' names, ID numbers, phones and addresses masked: on the case page, in the API,
 * in lists and search, and in titles.
 */
import { eq } from "drizzle-orm";
import { cases } from "../../db/schema";
import { seedEnforcementDemo } from "../../app/procedures/enforcement/demo.server";
import { createCase } from "../../app/cases/create-case.server";
import { PROCEDURES } from "../../app/procedures";
import { digitsOf, outsideReaderView } from "../../workflows/privacy";
import { started, step } from "../unit/mediation-helpers";
import { builtApp } from "./http";
import { drive, inspection, officers, register, REGISTRATION } from "./enforcement-world";
import { seededWorld } from "./world";

const w = await seededWorld();
const [major] = await seedEnforcementDemo(w.db);
const app = await builtApp();

// The demo's party, and a mediation's, as typed into the case.
const WANG = { name: "王大明", idNumber: "11010519491231002X", phone: "13812345678", address: "彭浦新村12号301室" };
const planted = (p: typeof WANG) => `${p.name}住${p.address}，电话${p.phone.slice(0, 3)} ${p.phone.slice(3, 7)} ${p.phone.slice(7)}，身份证${p.idNumber.slice(0, 6)} ${p.idNumber.slice(6)}`;

/** What must never reach an outside reader, in any of the forms it may be written. */
function leaks(text: string, p: typeof WANG): string[] {
  const found: string[] = [];
  if (text.includes(p.name)) found.push(p.name);
  if (p.address && (text.includes(p.address) || text.includes("12号301室"))) found.push(p.address);
  if (digitsOf(text).includes(p.phone)) found.push(p.phone);
  if (digitsOf(text).includes(p.idNumber.slice(0, 17))) found.push(p.idNumber);
  return found;
}

const IDENTITY = new Set(["name", "idNumber", "phone", "address", "legalRepresentative", "agentName", "creditCode", "kind", "side"]);
/** Identifiers the system writes (document numbers, file hashes, certificate numbers): nobody types text into them. */
const SYSTEM_IDENTIFIER = /^(sha256|.*Sha256|certNo|legalQualificationNo|qualificationNo|creditCode|number|caseNumber)$/;
/** Every free-text string of the context replaced by the planted text, except the parties' own identity fields. */
function plantEverywhere(value: unknown, text: string, inParty = false, key = ""): unknown {
  if (typeof value === "string") return inParty || SYSTEM_IDENTIFIER.test(key) ? value : text;
  if (Array.isArray(value)) return value.map((v) => plantEverywhere(v, text, inParty, key));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inParty && IDENTITY.has(k) ? v : plantEverywhere(v, text, k === "party" || k === "parties", k)]));
  }
  return value;
}

describe("free text shown outside the handling office", () => {
  it("an enforcement case with the party's details planted in every free-text field shows none of them", () => {
    const row = w.db.select().from(cases).where(eq(cases.id, major)).get()!;
    const context = plantEverywhere((row.snapshot as { context: unknown }).context, planted(WANG));
    expect(JSON.stringify(context)).toContain("电话138 1234 5678"); // the plant took
    expect(leaks(JSON.stringify(outsideReaderView(PROCEDURES.enforcement, context as never)), WANG)).toEqual([]);
  });

  it("a mediation with both parties' details planted in every free-text field shows none of them", () => {
    let s = step(started(), "RECORD_SESSION", { kind: "mediation", date: "2026-09-10", start: "09:00", end: "10:00", place: "调解室", participants: "双方", content: "调解" }, "2026-09-10T02:00:00Z").snapshot;
    s = step(s, "AGREE_ORAL", { date: "2026-09-10", terms: "赔礼道歉", performance: "当场", obligations: "no", writingRequested: "no", confirmationDue: "2026-10-10" }, "2026-09-10T03:00:00Z").snapshot;
    const zhao = { name: "赵小红", idNumber: "11010519491231002X", phone: "13912345678", address: "" };
    const context = plantEverywhere(s.context, `${planted(WANG)};${zhao.name}电话${zhao.phone}`) as never;
    const shown = JSON.stringify(outsideReaderView(PROCEDURES.mediation, context));
    expect(leaks(shown, WANG)).toEqual([]);
    expect(leaks(shown, zhao)).toEqual([]);
    expect(PROCEDURES.mediation.title(context)).not.toContain("王大明");
  });

  it("the district supervisor's case page, API, list and search name none of the demo party's details", async () => {
    const cookie = await app.cookieFor("jiandu");
    const officer = await app.cookieFor("zhifa");
    // A new case whose facts, place and record repeat the party's details, as officers type them.
    const id = register(w, { ...REGISTRATION, facts: planted(WANG), place: planted(WANG) });
    await drive(w, id, [
      ["lingdao", "FILE", { officers: officers(w), opinion: `同意立案。${planted(WANG)}` }, "2026-09-01T03:00:00Z"],
      ["zhifa", "RECORD_ACT", { ...inspection(w), place: planted(WANG), content: planted(WANG) }, "2026-09-02T02:00:00Z"],
    ]);
    for (const path of [`/cases/${major}`, `/cases/${id}`, `/api/v1/cases/${major}`, `/api/v1/cases/${id}`, "/cases", "/api/v1/cases", `/cases?q=${encodeURIComponent("王大明")}`, "/"]) {
      const res = await app.get(path, cookie);
      expect(res.status, path).toBe(200);
      // The search box shows back what the supervisor typed; that is not the case's data.
      const text = (await res.text()).replaceAll(`value="${WANG.name}"`, "");
      expect(leaks(text, WANG), path).toEqual([]);
    }
    // The handling office still sees them in full.
    expect(await (await app.get(`/cases/${major}`, officer)).text()).toContain("王大明");
  });

  it("a mediation's title is built masked from its summary, for every list", async () => {
    const r = createCase(w.db, w.user("tiaojie"), "mediation", { source: "application", disputeType: "neighbour", summary: "王大明电话13812345678与楼下漏水纠纷", claims: "赔偿" });
    expect(r.status).toBe(201);
    const title = w.db.select({ title: cases.title }).from(cases).where(eq(cases.id, (r as { caseId: number }).caseId)).get()!.title;
    expect(digitsOf(title)).not.toContain("13812345678");
    const list = await (await app.get("/cases", await app.cookieFor("jiandu"))).text();
    expect(digitsOf(list)).not.toContain("13812345678");
  });
});
