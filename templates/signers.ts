/** Who signs a document: the body named on it, matching the number series it carries. */

/** The 司法所 of a street signs its own opinions (彭司法意, 彭司法审); a name already ending in 司法所 is kept. */
/** A street's own documents are signed by its 办事处 (彭浦新村街道 → 彭浦新村街道办事处). */
export { streetOffice } from "../workflows/offices";

export const judicialOffice = (officeName: string) => (officeName.endsWith("司法所") ? officeName : `${officeName}司法所`);
