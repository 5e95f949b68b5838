import { UserFormSchema } from "../../app/admin/user-schema";
import { saveUser } from "../../app/admin/users.server";
import { issueToken, userForToken } from "../../app/auth/api-tokens.server";
import { verifyCredentials } from "../../app/auth/login.server";
import { FREE_TRIES, MAX_FAILURES_PER_ADDRESS, recordAttempt, throttleMessage } from "../../app/auth/throttle.server";
import { loadUser } from "../../app/auth/users.server";
import { createCase } from "../../app/cases/create-case.server";
import { runEvent } from "../../app/cases/engine.server";
import { attachFile } from "../../app/files/attach.server";
import { advance, openCase, REQUEST, seededWorld, toIssued } from "./world";

const w = await seededWorld();

describe("sign-in throttling under parallel guesses", () => {
  it("counts guesses sent at once: only the free tries are checked, the rest are refused", async () => {
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => verifyCredentials("jiandu", `wrong-${i}-pass`, "198.51.100.50")));
    const statuses = results.map((r) => (r.ok ? 200 : r.status));
    expect(statuses.filter((s) => s === 401)).toHaveLength(FREE_TRIES);
    expect(statuses.filter((s) => s === 429)).toHaveLength(12 - FREE_TRIES);
  });

  it("does not let a success from an address reset that address's count", () => {
    const now = Date.now();
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS - 1; i++) recordAttempt(w.db, `victim${i}`, "192.0.2.77", false, now);
    recordAttempt(w.db, "insider", "192.0.2.77", true, now);
    recordAttempt(w.db, "victim99", "192.0.2.77", false, now);
    expect(throttleMessage(w.db, "another", "192.0.2.77", now)).toContain("地址");
  });
});

describe("credentials end together", () => {
  it("deactivating a user revokes their API tokens", async () => {
    const target = w.user("lingdao");
    const { token } = issueToken(target.id);
    expect(userForToken(token)?.id).toBe(target.id);
    const form = UserFormSchema.parse({ username: "lingdao", displayName: target.displayName, organisationId: String(target.organisationId), roles: ["street_leader"], active: "0" });
    expect((await saveUser(w.db, w.user("admin"), form, target.id)).ok).toBe(true);
    expect(userForToken(token)).toBeNull();
  });
});

describe("who may file and what can be attached", () => {
  it("a residents' committee user cannot open a case the street then hides from them", async () => {
    const form = UserFormSchema.parse({ username: "juweihui", displayName: "居委干部", organisationId: String(w.user("tiaojie").organisationId), roles: ["judicial_staff"], password: "Juwei2026x" });
    const created = await saveUser(w.db, w.user("admin"), form);
    if (!created.ok) throw new Error(JSON.stringify(created));
    const r = createCase(w.db, loadUser(w.db, created.id)!, "legal-opinion", REQUEST);
    expect(r).toMatchObject({ status: 403, message: expect.stringContaining("街道") });
  });

  it("an archived case takes no more files", async () => {
    const id = openCase(w);
    await advance(w, id, [...toIssued(w), ["ganshi", "ARCHIVE", {}]]);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 9]);
    expect(attachFile(w.db, w.user("ganshi"), id, "补充.png", png)).toMatchObject({ ok: false, code: "closed", message: "本案已办结，不能再上传附件" });
  });

  it("an adviser of another street cannot be named, and the answer says nothing about them", async () => {
    const id = openCase(w);
    const r = await runEvent(w.db, { user: w.user("suozhang"), caseId: id, type: "ACCEPT", payload: { assignee: w.user("guwen2").id }, expectedVersion: 1 });
    expect(r).toMatchObject({ status: 400, issues: [{ path: ["assignee"], message: expect.stringContaining("不是本单位在职人员") }] });
  });
});
