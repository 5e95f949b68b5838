/** How an office signs and is named to the public: a street's own acts are the 办事处's (彭浦新村街道 → 彭浦新村街道办事处). */
export const streetOffice = (officeName: string) => (officeName.endsWith("街道") ? `${officeName}办事处` : officeName);
