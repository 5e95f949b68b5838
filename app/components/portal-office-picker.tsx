/** The public portal's choice of office: a plain GET form, so it works without JavaScript. */
import { Form } from "@remix-run/react";

export function PortalOfficePicker({ offices, office, label }: { offices: readonly { id: number; agency: string }[]; office: { id: number }; label: string }) {
  return (
    <Form method="get" className="card filters">
      <div>
        <label htmlFor="officeId">{label}</label>
        <select id="officeId" name="officeId" defaultValue={office.id}>{offices.map((o) => <option key={o.id} value={o.id}>{o.agency}</option>)}</select>
      </div>
      <div><button type="submit">查看</button></div>
    </Form>
  );
}
