/** Document and case number formats (GB/T 9704: 机关代字〔年份〕序号号, no 第, no leading zeros). */
export function docNumber(docCode: string, year: number, n: number): string {
  return `${docCode}〔${year}〕${n}号`;
}

/**
 * The 机关代字 of a document series: the office's code plus the series suffix (彭司法意), or, for
 * documents the street issues in its own name, the code without 司 (彭执罚决).
 */
export function documentCode(officeCode: string, numbering: { readonly codeSuffix: string; readonly streetIssued?: boolean }): string {
  return (numbering.streetIssued ? officeCode.replace(/司$/, "") : officeCode) + numbering.codeSuffix;
}
