/** Document and case number formats (GB/T 9704: 机关代字〔年份〕序号号, no 第, no leading zeros). */
export function docNumber(docCode: string, year: number, n: number): string {
  return `${docCode}〔${year}〕${n}号`;
}
