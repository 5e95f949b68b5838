import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { logout } from "~/auth/session.server";

export const loader = () => redirect("/");
export const action = ({ request }: ActionFunctionArgs) => logout(request);
