/**
 * Chinese prose uses full-width punctuation (，：；（）and “”): every string written in a document template,
 * every message, label and page text of the application and the procedures (zod messages, form
 * labels, refusals, deadline explanations, JSX text), and every guard's explanation and legal basis. ASCII , : ; ( ) next to a Chinese character is
 * refused; between digits (60,000元, 09:30) and around Latin text (SHA-256 …) it stays.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { procedureModules } from "../../app/procedures";

const ROOT = join(__dirname, "../..");
const CJK = "[\\u4e00-\\u9fff\\u3000-\\u303f\\uff00-\\uffef《》“”‘’…—]";
const HALF_WIDTH_NEXT_TO_CJK = new RegExp(`${CJK}[,:;()"]|[,:;()"]${CJK}`);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.tsx?$/.test(path) && !path.endsWith(".d.ts") ? [path] : [];
  });
}

/** The text of every string and template part in a source file, with where it stands. */
function stringsOf(path: string): { where: string; text: string }[] {
  const source = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true, path.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: { where: string; text: string }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node) || ts.isJsxText(node)) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      found.push({ where: `${relative(ROOT, path)}:${line + 1}`, text: node.text });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("full-width punctuation in Chinese prose", () => {
  it("in every string of every document template", () => {
    const strings = filesUnder(join(ROOT, "templates")).flatMap(stringsOf);
    expect(strings.length).toBeGreaterThan(300);
    expect(strings.filter((s) => HALF_WIDTH_NEXT_TO_CJK.test(s.text)).map((s) => `${s.where}: ${s.text}`)).toEqual([]);
  });

  it("in every message, label and page text of the application and the procedures (strings and JSX text)", () => {
    const strings = [...filesUnder(join(ROOT, "app")), ...filesUnder(join(ROOT, "workflows"))].flatMap(stringsOf);
    expect(strings.filter((s) => /[\u4e00-\u9fff]/.test(s.text)).length).toBeGreaterThan(1000);
    // A regular expression's source (a group "(?:", a class "[(（]") is code, not prose.
    const prose = strings.filter((s) => !/\(\?[:<!=]|\[[^\]]*[()（）][^\]]*\]/.test(s.text));
    expect(prose.filter((s) => HALF_WIDTH_NEXT_TO_CJK.test(s.text)).map((s) => `${s.where}: ${s.text}`)).toEqual([]);
  });

  it("in every guard's explanation and legal basis", () => {
    const guards = procedureModules().flatMap((m) => Object.values(m.definition.events).flatMap((e) => e.guards.map((g) => ({ id: `${m.definition.id} ${g.name}`, texts: [g.explain, g.basis] }))));
    expect(guards.length).toBeGreaterThan(50);
    expect(guards.flatMap((g) => g.texts.filter((t) => HALF_WIDTH_NEXT_TO_CJK.test(t)).map((t) => `${g.id}: ${t}`))).toEqual([]);
  });

  it("leaves numbers and Latin text alone", () => {
    expect(HALF_WIDTH_NEXT_TO_CJK.test("罚款60,000元,")).toBe(true);
    expect(HALF_WIDTH_NEXT_TO_CJK.test("罚款60,000元;09:30")).toBe(true);
    expect(HALF_WIDTH_NEXT_TO_CJK.test("60,000 09:30 (SHA-256)")).toBe(false);
    expect(HALF_WIDTH_NEXT_TO_CJK.test('结论为"存在问题"的')).toBe(true);
    expect(HALF_WIDTH_NEXT_TO_CJK.test("结论为“存在问题”的")).toBe(false);
  });
});
