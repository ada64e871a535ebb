package extract

// Shapes say how a trigger's arguments are found in its clause.
const (
	// shapeContact: persons meeting or calling: "A会见B", "A同B会谈",
	// "A、B、C举行三方会谈".
	shapeContact = "contact"
	// shapeCoChair: "A同B共同主持<event>": a CO_CHAIRED relation named after
	// the meeting, plus MET_WITH between the co-chairs.
	shapeCoChair = "cochair"
	// shapeVisit: a person visits a country: "A访问X", "A对X进行国事访问",
	// "来华访问的X总统A", "A访华".
	shapeVisit = "visit"
	// shapeMutual: two persons each visit the other's country: "A同B实现
	// 互访" (its arguments are found as a contact's).
	shapeMutual = "mutual"
)

// Trigger is one relation rule: a word, what it asserts, and how its
// arguments are found. Adding a contact type or a word is a new row here.
type Trigger struct {
	Word  string // simplified script; traditional text is converted before matching
	Type  string // relation type
	Mode  string // mode the word implies ("" when unstated)
	Shape string
	// Country is the visited country's id for words that name it (访华 → CN).
	// "host" means the country of the sentence's host (来访).
	Country string
	// compound marks a visit word made of 访 and a place's full name
	// (访不丹): matched across the segmenter's tokens, never given to it as
	// a word, so that it cannot split 到访|埃及 into 到|访埃及.
	compound bool
	// Joint marks a word that tells a joint act only after two persons a
	// connector joins right before it (A与B主持…会议), not otherwise
	// (习近平主持会议).
	Joint bool
	// Tour marks a visit word that tells a visit abroad only before the
	// countries it names (走访法国、意大利等国), not otherwise: 走访 is
	// mostly a round of calls at home (走访调研, 走访企业, 走访日本援建的
	// 医院).
	Tour bool
}

// Triggers is the rule table. Sources for the vocabulary: shared/ANNOTATION.md
// and standard Chinese diplomatic usage (新华社 wording).
var Triggers = []Trigger{
	{Word: "会见", Type: MetWith, Mode: ModeInPerson, Shape: shapeContact},
	{Word: "会晤", Type: MetWith, Mode: ModeInPerson, Shape: shapeContact},
	{Word: "会谈", Type: MetWith, Mode: ModeInPerson, Shape: shapeContact},
	{Word: "会面", Type: MetWith, Mode: ModeInPerson, Shape: shapeContact},
	{Word: "见面", Type: MetWith, Mode: ModeInPerson, Shape: shapeContact},
	// 见面 is a separable verb: 同安瓦尔见了面, 曾与普京见过面, 见了一面.
	{Word: "见了面", Type: MetWith, Mode: ModeInPerson, Shape: shapeContact},
	{Word: "见过面", Type: MetWith, Mode: ModeInPerson, Shape: shapeContact},
	{Word: "见了一面", Type: MetWith, Mode: ModeInPerson, Shape: shapeContact},
	{Word: "见过一面", Type: MetWith, Mode: ModeInPerson, Shape: shapeContact},
	{Word: "接见", Type: MetWith, Mode: ModeInPerson, Shape: shapeContact},
	{Word: "拜会", Type: MetWith, Mode: ModeInPerson, Shape: shapeContact},
	{Word: "拜访", Type: MetWith, Mode: ModeInPerson, Shape: shapeContact}, // 拜访国家主席通伦: a call on a person
	{Word: "晤谈", Type: MetWith, Mode: ModeInPerson, Shape: shapeContact},
	{Word: "座谈", Type: MetWith, Mode: ModeInPerson, Shape: shapeContact}, // 与法国总统马克龙座谈: talks (座谈会, a forum, is not)
	{Word: "召见", Type: MetWith, Mode: ModeInPerson, Shape: shapeContact}, // 召见驻华大使: summoned to a meeting (gold README)
	{Word: "茶叙", Type: MetWith, Mode: ModeInPerson, Shape: shapeContact}, // 同普京举行茶叙: a meeting over tea
	{Word: "视频会晤", Type: MetWith, Mode: ModeVideo, Shape: shapeContact},
	{Word: "视频会谈", Type: MetWith, Mode: ModeVideo, Shape: shapeContact},
	{Word: "视频会见", Type: MetWith, Mode: ModeVideo, Shape: shapeContact},
	{Word: "通电话", Type: PhoneCall, Mode: ModePhone, Shape: shapeContact},
	{Word: "通了电话", Type: PhoneCall, Mode: ModePhone, Shape: shapeContact},
	{Word: "通话", Type: PhoneCall, Mode: ModePhone, Shape: shapeContact},
	{Word: "电话交谈", Type: PhoneCall, Mode: ModePhone, Shape: shapeContact},
	{Word: "电话会谈", Type: PhoneCall, Mode: ModePhone, Shape: shapeContact},
	{Word: "电话首脑会谈", Type: PhoneCall, Mode: ModePhone, Shape: shapeContact}, // 举行了电话首脑会谈 (Japanese media's 電話首脳会談)
	{Word: "通过电话", Type: PhoneCall, Mode: ModePhone, Shape: shapeContact},   // 曾通过电话 (ANNOTATION README: 通過電話 is a call)
	{Word: "打电话", Type: PhoneCall, Mode: ModePhone, Shape: shapeContact},
	{Word: "打了电话", Type: PhoneCall, Mode: ModePhone, Shape: shapeContact}, // 给黄川田打了电话
	{Word: "打过电话", Type: PhoneCall, Mode: ModePhone, Shape: shapeContact},
	{Word: "小时的电话", Type: PhoneCall, Mode: ModePhone, Shape: shapeContact}, // 通了约1个小时的电话
	{Word: "分钟的电话", Type: PhoneCall, Mode: ModePhone, Shape: shapeContact}, // 通了40分钟的电话
	{Word: "小时的电话会谈", Type: PhoneCall, Mode: ModePhone, Shape: shapeContact},
	{Word: "分钟的电话会谈", Type: PhoneCall, Mode: ModePhone, Shape: shapeContact}, // 举行了约25分钟的电话会谈 (not 分钟的电话 and a meeting)
	{Word: "通完电话", Type: PhoneCall, Mode: ModePhone, Shape: shapeContact},    // 刚刚和普京通完电话
	{Word: "视频通话", Type: PhoneCall, Mode: ModeVideo, Shape: shapeContact},
	{Word: "共同主持", Type: CoChaired, Mode: ModeInPerson, Shape: shapeCoChair},
	{Word: "一道主持", Type: CoChaired, Mode: ModeInPerson, Shape: shapeCoChair}, // 同拉马福萨一道主持中非领导人对话会
	{Word: "一同主持", Type: CoChaired, Mode: ModeInPerson, Shape: shapeCoChair},
	{Word: "一起主持", Type: CoChaired, Mode: ModeInPerson, Shape: shapeCoChair},
	{Word: "主持", Type: CoChaired, Mode: ModeInPerson, Shape: shapeCoChair, Joint: true}, // 马克龙与斯塔默主持“自愿联盟”会议
	{Word: "互访", Type: Visited, Mode: ModeInPerson, Shape: shapeMutual},                 // 习近平同总统先生成功互访
	{Word: "访问", Type: Visited, Shape: shapeVisit},
	{Word: "出访", Type: Visited, Shape: shapeVisit},
	{Word: "到访", Type: Visited, Shape: shapeVisit},
	{Word: "造访", Type: Visited, Shape: shapeVisit},
	{Word: "突访", Type: Visited, Shape: shapeVisit},             // a surprise visit (突访基辅)
	{Word: "窜访", Type: Visited, Shape: shapeVisit},             // a visit Beijing condemns (窜访美国)
	{Word: "首访", Type: Visited, Shape: shapeVisit},             // a first visit (今年首访中国, 首访华府)
	{Word: "初访", Type: Visited, Shape: shapeVisit},             // a first visit (泽连斯基初访巴黎), not 年初|访问 (see nonTriggers)
	{Word: "走访", Type: Visited, Shape: shapeVisit, Tour: true}, // 已走访法国、意大利等国
	{Word: "国事访问", Type: Visited, Shape: shapeVisit},
	{Word: "国是访问", Type: Visited, Shape: shapeVisit}, // Taiwan's usage (展開國是訪問)
	{Word: "正式访问", Type: Visited, Shape: shapeVisit},
	{Word: "工作访问", Type: Visited, Shape: shapeVisit},
	{Word: "来访", Type: Visited, Shape: shapeVisit, Country: "host"},
	{Word: "访华", Type: Visited, Shape: shapeVisit, Country: "CN"},
	{Word: "来华", Type: Visited, Shape: shapeVisit, Country: "CN"},
	{Word: "访美", Type: Visited, Shape: shapeVisit, Country: "US"},
	{Word: "访俄", Type: Visited, Shape: shapeVisit, Country: "RU"},
	{Word: "访日", Type: Visited, Shape: shapeVisit, Country: "JP"},
	{Word: "访韩", Type: Visited, Shape: shapeVisit, Country: "KR"},
	{Word: "访朝", Type: Visited, Shape: shapeVisit, Country: "KP"},
	{Word: "访英", Type: Visited, Shape: shapeVisit, Country: "GB"},
	{Word: "访法", Type: Visited, Shape: shapeVisit, Country: "FR"},
	{Word: "访德", Type: Visited, Shape: shapeVisit, Country: "DE"},
	{Word: "访台", Type: Visited, Shape: shapeVisit, Country: "TW"},
}

// Words that contain a trigger but assert no contact; a trigger inside one of
// them is ignored. 访问学者 is a visiting scholar, 见面会 a fan meeting.
var nonTriggers = []string{
	"见面会", "座谈会", "会见厅", "会见室", "访问学者", "访问量", "访问权", "访问网站", "访问次数",
	"通话记录", "通话费", "电话会议", "小时的电话会议", "分钟的电话会议", "通过电话会议", "通过电话采访", "通过电话连线", "会谈纪要", "访问团", "接受访问", "专访",
	"参加会见", "陪同会见", "参加会谈", "陪同会谈", "在座",
	"会面临",      // 将会面临 (will face), which the segmenter cuts 将|会面|临
	"年初", "月初", // 明年初访问中国 (early next year), not 初访 (a first visit)
}

// Cues before a trigger, in its clause, that make the contact not a fact.
var (
	plannedCues = []string{"将于", "将在", "将同", "将与", "将和", "将会", "将对", "将赴", "将前往", "将访问",
		"将举行", "将进行", "将出席", "将", "拟", "计划", "有望", "预计", "即将", "准备", "打算", "希望", "要求",
		"寻求", "期待", "期盼", "邀请", "愿意", "可能", "考虑", "筹备", "明年", "明天", "下月", "下个月", "下周",
		"下星期", "后天", "届时", "同意", "商定", "原定", "原订", "原计划", "定于", "预定", "盼", "争取", "想要", "很想", "非常想", "一直想", "想去", "力争", "指示",
		"摸索", "试图", "尝试", "设法", "谋求", "本该", "本应", "理应", "有意", "有兴趣", "感兴趣", "提议", "请", "安排",
		"协调",                         // 正在协调与X的会谈: being arranged
		"力促", "敦促", "促请", "呼吁", "建议", // urged or proposed: 力促A和B在12月前会晤
		"预料", "预期", // expected: 预料X会加入与Y的会谈
		"行程包括", "行程包含", "日程包括", "议程包括", // an itinerary: 此行的行程包括与X会面
		"推进",                       // pushed for: 由此推进在G20峰会上进行A和B的会晤 (not 促成, often past: 促成了…的会面)
		"才会与", "才会同", "才会和", "才会跟", // a condition: 唯有…时，他才会与X会面
		"必须", "务必", // an obligation: A和B现在必须会面
		"指派",       // an errand given: 我已指派特使X前往莫斯科会见Y
		"可以", "最快", // a possibility: 特朗普可以随时访问俄罗斯; 最快1月访中
		"重申欢迎",                              // a welcome restated: 中方重申欢迎德国总理访华
		"方便时", "早日", "尽早", "尽快", "择期", "适时", // an invitation: 欢迎马克龙总统方便时再次访华
		"决定", // a decision: 习近平决定正式访韩
		"可望", "期望", "渴望", "下次", "下一次", "或许", "也许",
		"就要", "快要", "终于要", // about to: 似乎终于要见面了
		"答应", "承诺", "允诺", // hopes and chances: 可望会面, 下次会面时
		"想和", "想与", "想同", "想跟", "想见", "提出与", "提出同", "提出和", "提出要", "不排除",
		"应该", "应当", "等待", "反对与", "反对同", "反对和"} // wishes, proposals, duties: 想和X见面, 不排除与X会面, 应该与X会面
	// Future cues of a clause that a verb joined by 并 shares.
	futureCues = []string{"将", "拟", "计划", "预计", "即将", "准备", "打算", "原定", "原订", "预定", "定于"}
	// Strong future cues count anywhere before the trigger in the sentence.
	strongPlannedCues = []string{"将于", "即将", "预计", "计划", "拟", "明年", "预定", "原定", "定于", "将在", "有望",
		"下周", "下个月", "下月", "明天"} // 下周，A与B在韩国会晤时，将讨论…
	// Words right after a trigger that make it a possibility or a plan.
	afterCues = []string{"可能", "的可能", "请求", "邀请", "计划", "安排", "事宜", "的建议", "提议", "前夕", // 会晤前夕: on its eve
		"的前景", // 对与金正恩再度会晤的前景表现出热情: a prospect
		"的议程"} // 本·萨勒曼与特朗普会晤的议程包括…: an agenda is set before
	// Words anywhere after a trigger in its clause that make it an intention.
	afterClauseCues = []string{"意向", "意愿", "可能性", "的请求", "的邀请", "计划", "的安排", "的前提",
		"行程敲定", "行程确定", "行程已敲定", "行程已经敲定", "行程已确定", // 访问韩国行程敲定: an itinerary set
		"开放态度",        // 对会晤金正恩持开放态度: open to it
		"感兴趣", "兴趣不大", // 对与普京会面不感兴趣: an interest, none here
		"被安排",                    // 会面被安排在吉隆坡
		"未确定", "未定", "待定", "未敲定", // 访问俄罗斯的具体日期还未确定: not yet fixed
		"不成熟", "未成熟", "保留态度", // 访华的时机尚未成熟, 对与X会面持保留态度
		"仍在研究", "正在研究", "尚在研究", "仍在商讨", "仍在磋商"} // 访华一事仍在研究中: still being weighed (not 研究中, 讨论中: 讨论中东)
	// Words after a trigger in its clause that leave whether the contact
	// takes place open: 两人的会面仍是未知数, 会晤能否举行仍不确定.
	uncertainCues = []string{"未知数", "不确定", "不明朗", "尚不明确", "仍不明确", "尚不清楚", "仍不清楚", "还不清楚",
		"成疑", "存疑", "悬而未决", "仍有变数", "尚有变数", "尚无定论", "仍无定论", "没有定论"}
	// Words that make a clause a condition or hearsay, no report of a
	// contact: 如果, 除非, 一旦; 传闻, 据传.
	hypotheticalCues = []string{"如果", "若", "假如", "倘若", "万一", "除非", "一旦", "只要",
		"传闻", "据传", "传言", "谣传", "风传"}
	negatedCues = []string{"没有", "未能", "未", "拒绝", "不会", "无法", "不再", "取消", "推迟", "没",
		"不曾",                   // 马克龙不曾与普京通话
		"无意", "婉拒", "谢绝", "回绝"} // 无意与普京会面: no intention; 婉拒了与X会面: declined
	// Words after a trigger in its clause that call the contact off
	// (访中行程临时取消, 会谈被推迟).
	afterNegatedCues = []string{"取消", "推迟", "延期", "叫停", "告吹", "搁置", "作罢", "流产", "泡汤", "谣言", "不实", "遥遥无期",
		"没有举行", "未举行", "未能举行", "没能举行", "并未举行", "未能成行", "没有成行", "未成行"} // 会晤没有举行
)

// Cues that never count even though they contain a cue: 应邀 (at the
// invitation of: the visit happened), 将军, 未来, 即将卸任…
var cueExceptions = []string{"应邀", "应…邀请", "将军", "将领", "未来", "没收", "计划经济", "邀请赛", "有意义", "拟议中",
	"无意中", "无意间", // by chance: 无意中与X见面 happened
	"宴请", "申请", "聘请", "提请", "请示", "请教", // 请 as a request, not these words
	"安排下", "精心安排", // a visit made under an arrangement happened
	"的建议", "建议下", // a proposal as a noun: 根据X的建议, 在X建议下
	// a plan as a document, not an intention: 28点和平计划, 行动计划
	"和平计划", "点计划", "行动计划", "援助计划", "发展计划", "五年计划",
	"的决定", "项决定", "决定的", "决定后", "决定性", // a decision as a noun: 在做出这项决定的前一天曾与普京通话
	"决定了",                       // determined: 决定了克林拜尔此次北京之行的艰难程度
	"意向书",                       // a letter of intent signed: 访问巴黎时与马克龙签署意向书
	"即将过去",                      // the year about to end: 即将过去的一年，我们两度举行会晤
	"即将到来之际", "即将来临之际", "即将到来时", // a season about to come frames the contact: 在中国农历新年即将到来之际，…通电话
	"可以说",                                // one may say: 可以说，X访问了…
	"同意大利",                               // the connector 同 before 意大利, not 同意 (agreed): 同意大利总理孔特会谈
	"该计划", "这项计划", "这一计划", "这份计划", "此计划", // 该计划至少有部分内容，是X与Y…会晤时商定的
	// a plan as the object of a clause before the contact: "在内阁批准…的计划后，X访问以色列"
	"的计划后", "的计划之后"}
