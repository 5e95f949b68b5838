/** 执法流程图 (118 §4): the general and simple procedures as the system runs them, each step with its article. */
const GENERAL: [string, string][] = [
  ["立案", "两名以上持证执法人员；第五十四条"],
  ["调查取证", "出示证件、制作笔录、全过程记录；第四十二条、第五十五条"],
  ["案件审查", "负责人审查调查结果；第五十七条"],
  ["事先告知", "告知拟处罚内容及陈述、申辩、听证权利；第四十四条"],
  ["陈述申辩 / 听证", "不因申辩加重处罚；听证于告知后五个工作日内申请；第四十五条、第六十四条"],
  ["法制审核", "重大执法决定未经审核或审核未通过不得决定；第五十八条"],
  ["集体讨论", "情节复杂或重大违法行为；第五十七条"],
  ["决定", "立案之日起九十日内；第六十条"],
  ["送达", "当场交付或七日内送达；第六十一条"],
  ["执行", "十五日内缴纳罚款，逾期每日加处3%；第六十七条、第七十二条"],
  ["结案归档", "全过程记录归档"],
];

export function EnforcementFlowChart() {
  return (
    <>
      <ol className="flow" data-testid="flow-chart">
        {GENERAL.map(([step, note]) => <li key={step}><strong>{step}</strong><span className="hint">{note}</span></li>)}
      </ol>
      <p className="hint">简易程序：违法事实确凿并有法定依据，对公民处二百元以下、对法人或者其他组织处三千元以下罚款或者警告的，可以当场作出行政处罚决定，并报所属行政机关备案（《中华人民共和国行政处罚法》第五十一条、第五十二条）。</p>
    </>
  );
}
