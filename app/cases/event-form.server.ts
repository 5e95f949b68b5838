/** What every event form on the case page carries besides its fields: the event and the case version it was opened at. */
import { z } from "zod";

export const EventFormSchema = z.object({
  type: z.string().min(1, "缺少事项类型"),
  version: z.coerce.number({ error: "缺少案件版本" }).int().positive("案件版本无效"),
});
