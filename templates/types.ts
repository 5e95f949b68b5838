/**
 * What a document template is to the kernel: its title, the procedure it belongs to, whether it is
 * numbered (and its number series), and its builder (content → render). Each procedure lists its
 * own templates in templates/<procedure>/index.ts; app/procedures/index.ts gathers them.
 */
export interface DocumentInput {
  readonly context: any;
  readonly caseNumber: string;
  readonly caseTitle: string;
  readonly number: string | null;
  readonly at: string;
  readonly officeName: string;
  readonly actorName: string;
  readonly files: readonly { readonly name: string; readonly kind: string; readonly sha256: string }[];
}

export interface DocumentTemplate {
  readonly id: string;
  readonly title: string;
  readonly procedure: string;
  /** 发文字号 series and 机关代字 suffix; null for unnumbered forms. */
  readonly numbering: { readonly series: string; readonly codeSuffix: string; readonly streetIssued?: boolean } | null;
  /** Whether users may generate it on demand (numbered ones come from their procedure event). */
  readonly onDemand: boolean;
  /** Whether the case has what the document needs yet (an agreement, a follow-up …). */
  readonly available?: (context: any) => boolean;
  readonly build: (input: DocumentInput) => Promise<Uint8Array>;
}
