/** The roles of sifasuo's users. Workflows name roles for tasks; the app maps roles to permissions. */
export const ROLES = {
  admin: "系统管理员",
  district_supervisor: "区级监督",
  street_leader: "街道领导",
  judicial_director: "司法所所长",
  judicial_staff: "司法所工作人员",
  mediator: "人民调解员",
  enforcement_officer: "执法队员",
  legal_reviewer: "法制审核员",
  legal_adviser: "法律顾问/公职律师",
} as const;

export type Role = keyof typeof ROLES;
export const ROLE_IDS = Object.keys(ROLES) as Role[];
