/** Amounts of money as every document and page writes them: 150,000元 (digits grouped by thousands). */
export const yuan = (n: number) => `${n.toLocaleString("zh-CN")}元`;
