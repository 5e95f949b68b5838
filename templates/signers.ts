/** Who signs a document: the body named on it, matching the number series it carries. */

/** The 司法所 of a street signs its own opinions (彭司法意, 彭司法审); a name already ending in 司法所 is kept. */
export const judicialOffice = (officeName: string) => (officeName.endsWith("司法所") ? officeName : `${officeName}司法所`);
