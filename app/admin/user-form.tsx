/** The administrator's user form (create and edit). Works without client JavaScript. */
import { Form } from "@remix-run/react";
import { ROLES } from "../../workflows/roles";

type Values = {
  username?: string; displayName?: string; organisationId?: number; roles?: string[]; active?: boolean | string;
  enforcementCertNo?: string | null; enforcementCertValidUntil?: string | null; legalQualificationNo?: string | null;
};

export function UserForm({ values, orgs, errors, isNew }: { values: Values; orgs: { id: number; name: string; kind: string }[]; errors?: Record<string, string>; isNew: boolean }) {
  const err = (k: string) => (errors?.[k] ? <div className="error" role="alert">{errors[k]}</div> : null);
  return (
    <Form method="post">
      <label htmlFor="username">用户名</label>
      <input id="username" name="username" type="text" defaultValue={values.username} />{err("username")}
      <label htmlFor="displayName">姓名</label>
      <input id="displayName" name="displayName" type="text" defaultValue={values.displayName} />{err("displayName")}
      <label htmlFor="organisationId">所属单位</label>
      <select id="organisationId" name="organisationId" defaultValue={values.organisationId ?? ""}>
        <option value="" disabled>请选择</option>
        {orgs.map((o) => <option key={o.id} value={o.id}>{o.kind === "committee" ? "　└ " : o.kind === "street" ? "　" : ""}{o.name}</option>)}
      </select>{err("organisationId")}
      <label>岗位</label>
      {Object.entries(ROLES).map(([id, label]) => (
        <label key={id} style={{ fontWeight: 400, display: "inline-block", marginRight: 14 }}>
          <input type="checkbox" name="roles" value={id} defaultChecked={values.roles?.includes(id)} /> {label}
        </label>
      ))}{err("roles")}
      <label htmlFor="enforcementCertNo">行政执法证号（执法队员必填）</label>
      <input id="enforcementCertNo" name="enforcementCertNo" type="text" defaultValue={values.enforcementCertNo ?? ""} />{err("enforcementCertNo")}
      <label htmlFor="enforcementCertValidUntil">执法证有效期至（YYYY-MM-DD）</label>
      <input id="enforcementCertValidUntil" name="enforcementCertValidUntil" type="date" defaultValue={values.enforcementCertValidUntil ?? ""} />{err("enforcementCertValidUntil")}
      <label htmlFor="legalQualificationNo">法律职业资格证书号（法制审核员、法律顾问必填）</label>
      <input id="legalQualificationNo" name="legalQualificationNo" type="text" defaultValue={values.legalQualificationNo ?? ""} />{err("legalQualificationNo")}
      <label htmlFor="active">状态</label>
      <select id="active" name="active" defaultValue={values.active === false || values.active === "0" ? "0" : "1"}>
        <option value="1">启用</option>
        <option value="0">停用（立即退出登录）</option>
      </select>
      <label htmlFor="password">{isNew ? "初始密码（至少8位，含字母和数字）" : "重置密码（不修改请留空）"}</label>
      <input id="password" name="password" type="password" autoComplete="new-password" />{err("password")}
      <p><button type="submit">保存</button></p>
    </Form>
  );
}
