import { UserFormSchema } from "../../app/admin/user-schema";
import { getManagedUser, saveUser } from "../../app/admin/users.server";
import { checkCredentials } from "../../app/auth/login.server";
import { loadUser } from "../../app/auth/users.server";
import { seededWorld } from "./world";

const w = await seededWorld();
const admin = w.user("admin");
const pengpu = w.user("ganshi").organisationId;
const base = { username: "xinren", displayName: "新同事", organisationId: String(pengpu), roles: ["judicial_staff"], password: "Welcome2026" };

describe("administrator user management", () => {
  it("creates a user who can then sign in", async () => {
    const parsed = UserFormSchema.parse(base);
    const r = await saveUser(w.db, admin, parsed);
    expect(r.ok).toBe(true);
    expect((await checkCredentials("xinren", "Welcome2026", "127.0.0.9")).ok).toBe(true);
  });

  it("requires an enforcement certificate of an 执法队员 and a 法律职业资格 of a 法制审核员， citing the law", () => {
    const r = UserFormSchema.safeParse({ ...base, username: "zhifa2", roles: ["enforcement_officer", "legal_reviewer"] });
    expect(r.success).toBe(false);
    const messages = r.error!.issues.map((i) => `${String(i.path[0])}:${i.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^enforcementCertNo:.*第四十二条/),
        expect.stringMatching(/^enforcementCertValidUntil:/),
        expect.stringMatching(/^legalQualificationNo:.*第五十八条/),
      ]),
    );
  });

  it("refuses a taken username and a weak password, naming the field", async () => {
    expect(await saveUser(w.db, admin, UserFormSchema.parse({ ...base, username: "ganshi" }))).toEqual({ ok: false, errors: { username: "用户名：已被使用" } });
    expect(await saveUser(w.db, admin, UserFormSchema.parse({ ...base, username: "weak", password: "12345678" }))).toEqual({
      ok: false,
      errors: { password: expect.stringContaining("字母和数字") },
    });
  });

  it("deactivating a user locks them out at once", async () => {
    const target = getManagedUser(w.db, admin, w.user("lingdao").id)!;
    const r = await saveUser(w.db, admin, UserFormSchema.parse({ ...base, username: target.username, displayName: target.displayName, roles: target.roles, active: "0", password: "" }), target.id);
    expect(r.ok).toBe(true);
    expect(loadUser(w.db, target.id)).toBeNull();
    expect((await checkCredentials("lingdao", "Demo2026", "127.0.0.10")).ok).toBe(false);
  });

  it("no one reaches users outside their own organisation subtree", () => {
    expect(getManagedUser(w.db, w.user("suozhang2"), w.user("ganshi").id)).toBeNull();
  });
});
