package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/dipgraph/dipgraph/clean"
)

// article builds a cleaned article from synthetic sentences: the first is
// the title, each other one its own paragraph, except that a sentence
// written with a leading "+" goes on with the paragraph before.
func article(published string, sentences ...string) *clean.Article {
	a := &clean.Article{}
	for i, s := range sentences {
		if same, ok := strings.CutPrefix(s, "+"); ok && i > 1 {
			start := len(a.Text)
			a.Text += same
			a.Paragraphs[len(a.Paragraphs)-1].End = len(a.Text)
			a.Sentences = append(a.Sentences, clean.Sentence{Start: start, End: len(a.Text), Text: same, Simplified: same, Paragraph: len(a.Paragraphs) - 1})
			continue
		}
		if i > 0 {
			a.Text += "\n"
		}
		start := len(a.Text)
		a.Text += s
		kind := "body"
		if i == 0 {
			kind = "title"
		}
		a.Paragraphs = append(a.Paragraphs, clean.Paragraph{Start: start, End: len(a.Text), Kind: kind})
		a.Sentences = append(a.Sentences, clean.Sentence{Start: start, End: len(a.Text), Text: s, Simplified: s, Paragraph: len(a.Paragraphs) - 1})
	}
	a.Doc.Published, _ = time.Parse("2006-01-02", published)
	a.Doc.Path = "synthetic"
	return a
}

// TestRules checks each relation rule on sentences written for the test
// (not taken from any article): one line per expected relation, as
// "TYPE status A–B date", sorted as Extract returns them.
func TestRules(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		name      string
		published string
		sentences []string
		want      []string
	}{
		{"host receives guest", "2024-05-17", []string{"标题", "国家主席习近平16日在北京会见俄罗斯总统普京。"},
			[]string{"MET_WITH fact 习近平–普京 2024-05-16"}},
		{"talks joined by 同", "2024-05-17", []string{"标题", "习近平同普京举行会谈。"},
			[]string{"MET_WITH fact 习近平–普京 "}},
		{"host and two guests", "2024-05-17", []string{"标题", "李强会见法国总统马克龙和德国总理朔尔茨。"},
			[]string{"MET_WITH fact 李强–马克龙 ", "MET_WITH fact 李强–朔尔茨 "}},
		{"attendees are no parties", "2024-05-17", []string{"标题", "王毅、蔡奇等参加会见。"}, nil},
		{"attending talks", "2025-05-17", []string{"标题", "美财政部长贝森特与贸易代表格里尔出席美中贸易会谈。"}, nil},
		{"one side meeting the unnamed", "2025-11-20", []string{"标题", "卢拉和联合国秘书长古特雷斯周三会见了关键人物。", "王毅与拉夫罗夫会见记者。"}, nil},
		{"what the meeting achieved is no object", "2024-05-17", []string{"标题", "王毅说，普京总统同莫迪总理会晤达成多项共识。", "马克龙与朔尔茨会晤就欧洲防务交换意见。"},
			[]string{"MET_WITH fact 普京–莫迪 ", "MET_WITH fact 马克龙–朔尔茨 "}},
		{"a pronoun for a subject named later in a longer sentence", "2025-11-21", []string{"标题", "2025年11月20日，在北京人民大会堂，国家主席习近平会见了俄罗斯总统普京。", "他还与莫迪通话。"},
			[]string{"MET_WITH fact 习近平–普京 2025-11-20", "PHONE_CALL fact 习近平–莫迪 2025-11-20"}},
		{"a pronoun for whom the sentence before opened with", "2025-11-21", []string{"标题", "关于出口问题，美国驻日大使格拉斯21日批评中方：“这是经济施压”。", "+他与外相茂木敏充在外务省会谈。"},
			[]string{"MET_WITH fact 格拉斯–茂木敏充 2025-11-21"}},
		{"a pronoun after a former office holder", "2025-11-16", []string{"标题", "芬兰前总统尼尼斯托呼吁欧洲恢复对话。", "+他在任时常与俄罗斯总统普京通电话。"},
			[]string{"PHONE_CALL fact 尼尼斯托–普京 "}},
		{"no pronoun across paragraphs", "2025-11-21", []string{"标题", "美国驻日大使格拉斯21日批评中国。", "他与官房长官木原稔会谈。"}, nil},
		{"no pronoun for a person in a quotation", "2025-11-21", []string{"标题", "“我支持首相高市早苗”。", "+他与官房长官木原稔会谈。"}, nil},
		// Summit shorthands: one character of each leader and 会.
		{"a summit shorthand is a meeting of the two", "2025-11-02", []string{"标题", "（中央社记者台北1日专电）美国总统川普与中国国家主席习近平关系改善。", "在峰会期间举行的川习会上，川普赠送习近平一本书。"},
			[]string{"MET_WITH fact 特朗普–习近平 "}},
		{"a shorthand alone in its sentence", "2025-11-02", []string{"标题", "美国总统特朗普称赞朝鲜领导人金正恩。", "此前，特金会在新加坡举行。"},
			[]string{"MET_WITH fact 特朗普–金正恩 "}},
		{"a shorthand dated in its clause", "2025-11-02", []string{"标题", "美国总统川普与中国国家主席习近平4月6日举行川习会后，双方宣布降低关税。"},
			[]string{"MET_WITH fact 特朗普–习近平 2025-04-06"}},
		{"a shorthand still to come", "2025-11-09", []string{"标题", "美国总统川普与中国国家主席习近平通话。", "两人同意明年4月举行川习会。"},
			[]string{"PHONE_CALL fact 特朗普–习近平 ", "MET_WITH planned 特朗普–习近平 2026-04"}},
		{"a shorthand whose initial is ambiguous", "2025-11-02", []string{"标题", "国家主席习近平称赞韩国总统李在明和国务院总理李强。", "李习会在庆州举行。"}, nil},
		{"a shorthand's persons are not subjects of other contacts", "2025-11-27", []string{"标题", "美国总统川普与习近平谈及大豆。", "川习会后，中国企业家代表团访美。"},
			[]string{"MET_WITH fact 特朗普–习近平 "}},
		{"a shorthand is no name or word", "2025-11-02", []string{"标题", "川普会见了习近平。", "普京出席联合国大会。"},
			[]string{"MET_WITH fact 特朗普–习近平 "}},
		{"a call takes no date from a meeting of the same pair", "2025-11-29", []string{"标题", "习近平与普京通话。", "习近平与普京5月8日在莫斯科会晤。"},
			[]string{"PHONE_CALL fact 习近平–普京 ", "MET_WITH fact 习近平–普京 2025-05-08"}},
		{"a namesake of a dictionary person glossed as another", "2025-11-13", []string{"标题", "美国联邦调查局局长巴特尔（Kash Patel）本月访问北京。"},
			[]string{"VISITED fact 巴特尔–中国 2025-11"}},
		{"a pronoun after a verb of saying is its opening speaker", "2025-11-13", []string{"标题", "美国国家安全事务助理沙利文今天在白宫对记者表示，他上周访问中国。"},
			[]string{"VISITED fact 沙利文–中国 2025-11"}},
		{"I is the speaker of the paragraph", "2026-02-05", []string{"标题", "习近平指出，两国是山水相连的邻邦。", "+我同苏林总书记多次见面。", "李强表示，我此次访问澳大利亚是为了深化合作。", "王毅说，我们同拉夫罗夫外长会晤。", "我同普京总统通话。"},
			[]string{"MET_WITH fact 习近平–苏林 ", "VISITED fact 李强–澳大利亚 ", "MET_WITH fact 王毅–拉夫罗夫 "}},
		{"a letter's writer recalls contacts", "2024-02-02", []string{"标题", "2月2日，习近平向苏林致贺信。", "习近平表示，过去一年两国关系取得新进展。", "+我应邀访问越南，同总书记深入交流。"},
			[]string{"VISITED fact 习近平–越南 "}},
		{"a time clause opening the sentence dates what follows", "2025-06-20", []string{"标题", "20日，李强会见捷克总理。", "+2016年，习近平主席访问捷克。", "+去年年底，我对埃及进行国事访问。", "+前不久，习近平同莫迪会晤。"},
			[]string{"VISITED fact 习近平–捷克 ", "MET_WITH fact 习近平–莫迪 "}},
		{"what the meeting was like is no object", "2024-05-17", []string{"标题", "范明政说，苏林总书记与习近平总书记会晤十分成功。", "特朗普和普京在阿拉斯加的会晤没有提及关税。", "中俄总理定期会晤是年度例行机制性安排。"},
			[]string{"MET_WITH fact 苏林–习近平 ", "MET_WITH fact 特朗普–普京 "}},
		{"a fixed title phrase holds no connector", "2025-11-12", []string{"标题", "中国党和国家领导人习近平在上海会见了法国总统马克龙。"},
			[]string{"MET_WITH fact 习近平–马克龙 "}},
		{"whoever speaks after a meeting framed by 在 is no party", "2025-11-12", []string{"标题", "克宫发言人佩斯科夫在普京和莫迪会晤后表示，双方达成共识。", "意大利总理梅洛尼在与法国总统马克龙、德国总理默茨通电话后表示支持和谈。"},
			[]string{"MET_WITH fact 普京–莫迪 ", "PHONE_CALL fact 梅洛尼–马克龙 ", "PHONE_CALL fact 梅洛尼–默茨 "}},
		{"meeting and signing", "2024-05-17", []string{"标题", "习近平同普京会晤并签署联合声明。"},
			[]string{"MET_WITH fact 习近平–普京 "}},
		{"a word that begins with a title", "2024-05-17", []string{"标题", "习近平会见了各国代表团团长。"}, nil},
		// Invented names in the shape of 共同社 schedules: Japanese names hold
		// 和, 则, 也, 月 and halves that are nouns (大山, 片山).
		{"enumerated Japanese names", "2025-11-20", []string{"追踪高市早苗首相（20日）", "10:05 会见环境相森川和则、审议官大山皋月、政策立案总括官冈本也等人。"},
			[]string{"MET_WITH fact 高市早苗–森川和则 2025-11-20", "MET_WITH fact 高市早苗–大山皋月 2025-11-20", "MET_WITH fact 高市早苗–冈本也 2025-11-20"}},
		{"an untitled name in a list shares the title before it", "2025-11-20", []string{"追踪高市早苗首相（20日）", "09:30 会见外务审议官小川和则、岩田健一、经济局长村井正。", "10:05 会见政策统括官松田义男和木下康孝。"},
			[]string{"MET_WITH fact 高市早苗–小川和则 2025-11-20", "MET_WITH fact 高市早苗–岩田健一 2025-11-20", "MET_WITH fact 高市早苗–村井正 2025-11-20",
				"MET_WITH fact 高市早苗–松田义男 2025-11-20", "MET_WITH fact 高市早苗–木下康孝 2025-11-20"}},
		{"a common word after a titled name is no name", "2025-11-20", []string{"追踪高市早苗首相（20日）", "09:30 会见市长王刚和记者。", "10:05 会见外务审议官小川和则、随行人员。"},
			[]string{"MET_WITH fact 高市早苗–王刚 2025-11-20", "MET_WITH fact 高市早苗–小川和则 2025-11-20"}},
		{"a name in Latin script after a title", "2025-11-20", []string{"追踪高市早苗首相（20日）", "18:21 会见日法商会会长Jean Dupont。", "19:00 会见大使John Smith等人。"},
			[]string{"MET_WITH fact 高市早苗–Jean Dupont 2025-11-20", "MET_WITH fact 高市早苗–John Smith 2025-11-20"}},
		{"a family member and a company head are titles", "2025-11-20", []string{"追踪高市早苗首相（20日）", "13:40 与受害者家属田中良子等人会面。", "15:00 会见丰田社长山本健一。"},
			[]string{"MET_WITH fact 高市早苗–田中良子 2025-11-20", "MET_WITH fact 高市早苗–山本健一 2025-11-20"}},
		{"a given name joined by a hyphen to a known person", "2025-11-22", []string{"标题", "美国特使维特科夫在柏林与乌克兰安全委员会秘书鲁斯特姆-乌梅罗夫（Rustem Umerov）举行会谈。"},
			[]string{"MET_WITH fact 维特科夫–乌梅罗夫 "}},
		{"phrases after a title are no names", "2025-07-10", []string{"标题", "上月，习近平主席应约同特朗普总统通电话。", "国务院副总理何立峰会见台湾青年代表交流团。", "伊朗总统佩泽希齐扬会见中国政府特使翟隽时表示欢迎。", "沙特国防大臣哈立德·本·萨勒曼当天同美国国防部长赫格塞思会晤。"},
			[]string{"PHONE_CALL fact 习近平–特朗普 2025-06", "MET_WITH fact 佩泽希齐扬–翟隽 ", "MET_WITH fact 哈立德·本·萨勒曼–赫格塞思 2025-06"}},
		{"a dotted name right after a title ending in a transliteration character", "2025-03-24", []string{"标题", "巴勒斯坦总理兼外长穆罕默德·穆斯塔法在开罗会见了埃及总理马德布利。", "美国陆军部长丹·德里斯科尔与泽连斯基举行会谈。"},
			[]string{"MET_WITH fact 穆罕默德·穆斯塔法–马德布利 ", "MET_WITH fact 丹·德里斯科尔–泽连斯基 "}},
		{"coordination is no name", "2024-05-17", []string{"标题", "习近平会见市长王刚和副市长李明。"},
			[]string{"MET_WITH fact 习近平–王刚 ", "MET_WITH fact 习近平–李明 "}},
		{"the rest of a title is no name", "2024-05-17", []string{"标题", "韩正会见埃塞俄比亚副总理兼外长。", "韩正会见法国总统外事顾问", "李强在副主席一职前，会见了外宾。"}, nil},
		{"an interview is no visit", "2025-11-24", []string{"标题", "美国总统特朗普今天接受英国电台节目访问时表示，谈判没有结束。"}, nil},
		{"an interview with a medium named in Latin", "2025-11-14", []string{"标题", "特朗普今天在英国GB新闻台（GB News）访问中谈到全球冲突。"}, nil},
		{"a visit that should have happened", "2025-11-14", []string{"标题", "德国外长瓦德富尔本该早就访问中国，但行程取消了。"},
			[]string{"VISITED planned 瓦德富尔–中国 "}},
		{"通过电话 is a call", "2025-11-06", []string{"标题", "阿巴斯与教宗良十四世今年7月曾通过电话。"},
			[]string{"PHONE_CALL fact 阿巴斯–良十四世 2025-07"}},
		{"at the request of is no plan", "2025-11-28", []string{"标题", "经团联会长筒井义信28日应中国驻日本大使吴江浩的要求在东京会面。"},
			[]string{"MET_WITH fact 筒井义信–吴江浩 2025-11-28"}},
		{"访问中国 is a visit", "2025-11-10", []string{"标题", "美国联邦调查局局长帕特尔上周访问中国。"},
			[]string{"VISITED fact 帕特尔–中国 2025-11"}},
		{"a dot-joined name needs no title", "2025-11-24", []string{"标题", "孟加拉国国家安全顾问哈利勒·拉赫曼本周与印度同行阿吉特·多瓦尔会面。"},
			[]string{"MET_WITH fact 哈利勒·拉赫曼–阿吉特·多瓦尔 2025-11"}},
		{"a dot-joined name cut short is carried on", "2025-11-20", []string{"标题", "论坛由马来西亚总理安瓦尔·易卜拉欣和埃塞俄比亚总统塔耶·阿茨克·塞拉西共同主持。"},
			[]string{"CO_CHAIRED fact 安瓦尔–塔耶·阿茨克·塞拉西 ", "MET_WITH fact 安瓦尔–塔耶·阿茨克·塞拉西 "}},
		{"a body named after a person is none", "2023-06-16", []string{"标题", "国家主席习近平在北京会见美国比尔及梅琳达·盖茨基金会联席主席比尔·盖茨。"},
			[]string{"MET_WITH fact 习近平–比尔·盖茨 "}},
		{"访欧 is no visit to the EU", "2025-11-04", []string{"标题", "台湾外长林佳龙9月访欧。"}, nil},
		{"华府 is Washington", "2025-11-14", []string{"标题", "瑞士经济部长帕姆兰此次赴华府访问，是为了持续协商。"},
			[]string{"VISITED fact 帕姆兰–美国 "}},
		{"a relative of a person acts, not the person", "2025-11-20", []string{"标题", "川普女婿库许纳和以色列总理内塔尼亚胡11月10日举行了会谈。"}, nil},
		{"those accompanying a visit visit", "2025-06-17", []string{"标题", "陪同国家主席习近平出访哈萨克斯坦的有中央办公厅主任蔡奇、外交部部长王毅等。"},
			[]string{"VISITED fact 习近平–哈萨克斯坦 ", "VISITED fact 蔡奇–哈萨克斯坦 ", "VISITED fact 王毅–哈萨克斯坦 "}},
		{"every visitor after a relative clause", "2025-11-10", []string{"标题", "11月9日下午，国家主席习近平在广州会见来华出席开幕式的国际奥委会主席考文垂和终身名誉主席巴赫。"},
			[]string{"MET_WITH fact 习近平–考文垂 2025-11-09", "MET_WITH fact 习近平–巴赫 2025-11-09", "VISITED fact 考文垂–中国 2025-11-09", "VISITED fact 巴赫–中国 2025-11-09"}},
		{"attending a summit, meeting during it", "2025-11-02", []string{"标题", "中国国家主席习近平与韩国总统李在明1日在庆州出席APEC峰会期间举行会晤。"},
			[]string{"MET_WITH fact 习近平–李在明 2025-11-01"}},
		{"a peace plan is no plan to meet", "2025-11-25", []string{"标题", "在美国提出的28点和平计划下，中国国家主席习近平24日晚间与美国总统特朗普通话。"},
			[]string{"PHONE_CALL fact 习近平–特朗普 2025-11-24"}},
		{"the head of a delegation needs no title", "2024-04-28", []string{"标题", "全国政协主席王沪宁27日在京会见傅崐萁率领的中国国民党民意代表参访团一行。"},
			[]string{"MET_WITH fact 王沪宁–傅崐萁 2024-04-27"}},
		{"setting off on a visit", "2025-11-03", []string{"标题", "俄罗斯总理米舒斯京今天启程前往中国，展开为期两天的访问。"},
			[]string{"VISITED fact 米舒斯京–中国 2025-11-03"}},
		{"the host who invited visits nowhere", "2023-06-19", []string{"标题", "18日下午，国务院总理李强乘包机离开北京，应德国总理朔尔茨和法国政府邀请，赴德国举行磋商并对德进行正式访问，对法国进行正式访问。"},
			[]string{"VISITED fact 李强–德国 2023-06-18", "VISITED fact 李强–法国 2023-06-18"}},
		{"稍早 is earlier the same day; 稍早前 and 本月稍早 are vaguer", "2025-11-20", []string{"标题", "（中央社记者柏林20日专电）德国总理默茨今天谈到乌克兰。", "+他稍早曾与英国首相斯塔默就能源问题通话。", "法国总统马克龙与中国国家主席习近平稍早前在北京会晤。", "朔尔茨本月稍早会见泽连斯基。"},
			[]string{"PHONE_CALL fact 默茨–斯塔默 2025-11-20", "MET_WITH fact 马克龙–习近平 ", "MET_WITH fact 朔尔茨–泽连斯基 2025-11"}},
		// A family name as the subject of a contact names the person named
		// in full after a title in a sentence with no contact word.
		{"a family name for a person named in full in a sentence with no contact word", "2025-11-20", []string{"标题", "【共同社11月20日电】自民党干事长森田健司在20日的例会上表示日本将审议预算。", "+森田在例会前与财务事务次官宫下博明会面。"},
			[]string{"MET_WITH fact 森田健司–宫下博明 2025-11-20"}},
		{"a family name glued to 称 by the segmenter", "2025-11-07", []string{"标题", "【共同社11月7日电】日本静冈县知事铃木康友7日对记者透露称，新港口的建设将推迟。", "据铃木称，6日在滨松市与港湾公司社长佐藤健一等人会面时获悉此事。"},
			[]string{"MET_WITH fact 铃木康友–佐藤健一 2025-11-06"}},
		{"a family name two full names begin with is nobody", "2025-11-20", []string{"标题", "静冈县知事森田健司在20日表示将审议预算。", "爱知县知事森田一郎表示同意。", "+森田在例会前与财务事务次官宫下博明会面。"}, nil},
		{"对 + person + 进行了礼节性拜会: the person called on", "2025-11-19", []string{"标题", "泰国总理阿努廷18日在曼谷对国王哇集拉隆功进行了礼节性拜会。", "马克龙对普京进行拜访。", "普京对朔尔茨的会见表示满意。"},
			[]string{"MET_WITH fact 阿努廷–哇集拉隆功 2025-11-18", "MET_WITH fact 马克龙–普京 "}},
		{"座谈 is a meeting, 座谈会 is not, and one who attends after it is no party", "2025-11-24", []string{"标题", "此外，法国总统马克龙还与德国总理默茨座谈。", "李强出席座谈会并同王毅讲话。", "陈吉宁与集团董事长张三丰座谈 龚正参加"},
			[]string{"MET_WITH fact 马克龙–默茨 ", "MET_WITH fact 陈吉宁–张三丰 "}},
		{"a later paragraph goes on with the last dated contact, not with a date that names an earlier event", "2025-11-24", []string{"标题", "日本首相高市早苗23日在开普敦与印度总理莫迪会谈。", "+高市与莫迪同意落实今年8月签署的海洋声明。", "此外，高市还同法国总统马克龙会谈。"},
			[]string{"MET_WITH fact 高市早苗–莫迪 2025-11-23", "MET_WITH fact 高市早苗–马克龙 2025-11-23"}},
		// A speaker's address word (总统先生, 你) stands for the other party
		// of the speaker's meeting; what the speaker recalls has its own date.
		{"an address word stands for the one the speaker meets", "2024-09-03", []string{"标题", "国务院总理李强3日在人民大会堂会见埃及总统塞西。", "+李强表示，习近平主席同总统先生的会晤很有意义。", "+李强说，昨天（9月2日），习近平主席同你通电话。"},
			[]string{"MET_WITH fact 李强–塞西 2024-09-03", "MET_WITH fact 习近平–塞西 ", "PHONE_CALL fact 习近平–塞西 2024-09-02"}},
		{"address words of rank and courtesy, after 会见 too", "2025-11-03", []string{"标题", "韩正3日会见科威特王储米沙勒。", "+韩正说，习近平主席曾同殿下会晤并长谈。", "王沪宁3日会见老挝人民革命党中央总书记通伦。", "+王沪宁说，上个月习近平总书记在上海会见总书记同志。"},
			[]string{"MET_WITH fact 韩正–米沙勒 2025-11-03", "MET_WITH fact 习近平–米沙勒 ", "MET_WITH fact 王沪宁–通伦 2025-11-03", "MET_WITH fact 习近平–通伦 2025-10"}},
		{"the paragraph's speaker addresses in a sentence of its own", "2023-03-02", []string{"标题", "国务院总理李强2日会见吉尔吉斯斯坦总统扎帕罗夫。", "+李强说，两国关系很好。", "+习近平主席同你举行了会谈。"},
			[]string{"MET_WITH fact 李强–扎帕罗夫 2023-03-02", "MET_WITH fact 习近平–扎帕罗夫 "}},
		{"the one met in the sentence's own frame, not the last pair", "2024-09-03", []string{"标题", "赵乐际3日会见越南国家主席苏林。", "+会见塞西时，赵乐际说，习近平主席曾同总统先生会谈。"},
			[]string{"MET_WITH fact 赵乐际–苏林 2024-09-03", "MET_WITH fact 赵乐际–塞西 2024-09-03", "MET_WITH fact 习近平–塞西 "}},
		{"你们 is no one person, and a speaker who met no one addresses no one", "2024-09-03", []string{"标题", "李强3日会见苏林。", "+李强表示，习近平主席同你们举行会晤。", "王毅表示，习近平主席同总统先生举行会晤。"},
			[]string{"MET_WITH fact 李强–苏林 2024-09-03"}},
		{"领导人 names the talks, it is no attendance", "2025-11-07", []string{"标题", "日本首相高市早苗同中国国家主席习近平在利马举行日中领导人会谈。", "加拿大总理卡尼和习近平在利马举行了两国领导人的会谈。"},
			[]string{"MET_WITH fact 高市早苗–习近平 ", "MET_WITH fact 卡尼–习近平 "}},
		{"the object of an earlier clause does not open the next one; its pronoun subject does", "2025-11-07", []string{"标题", "日本首相高市早苗30日抵达利马。", "+她与秘鲁商界代表林某握手，晚上与习近平会谈。", "德国外长瓦德富尔谈到了停火方案。", "+他说，已与美国特使维特科夫通了电话。"},
			[]string{"MET_WITH fact 高市早苗–习近平 2025-10-30", "PHONE_CALL fact 瓦德富尔–维特科夫 "}},
		{"a verb joined by 并 shares the future of the clause before, not its attempts", "2025-09-22", []string{"标题", "在日内瓦期间，李强还将参观一家工厂，并同联合国秘书长古特雷斯会见。", "特朗普多年来一直试图调停，并先后会见泽连斯基、普京。"},
			[]string{"MET_WITH planned 李强–古特雷斯 ", "MET_WITH fact 特朗普–泽连斯基 ", "MET_WITH fact 特朗普–普京 "}},
		{"talks being arranged are planned", "2025-11-21", []string{"标题", "日本外相茂木敏充正在协调同南非总统拉马福萨的会谈。"},
			[]string{"MET_WITH planned 茂木敏充–拉马福萨 "}},
		{"one who sends an unnamed delegation is no party to its meeting", "2025-11-19", []string{"标题", "美国总统特朗普上周派出由两名将军率领的代表团赴基辅，以与乌克兰总统泽连斯基会面。", "匈牙利总理欧尔班乘专机赴美，以与美国总统特朗普会面。"},
			[]string{"MET_WITH fact 欧尔班–特朗普 "}},
		{"a contact during the trip the report is about has the report's month", "2025-11-14", []string{"标题", "瑞士副总统帕姆兰正在华府访问。", "据报道，帕姆兰此行同美国贸易代表格里尔进行了会谈。", "芬兰外长瓦尔托宁在三天的访问行程中，与中国外交部长王毅会晤。", "芬兰前总统尼尼斯托在任时常与普京通电话。", "上合峰会期间，莫迪同习近平会晤（2025年8月31日）。"},
			[]string{"VISITED fact 帕姆兰–美国 2025-11-14", "MET_WITH fact 帕姆兰–格里尔 2025-11", "MET_WITH fact 瓦尔托宁–王毅 2025-11", "PHONE_CALL fact 尼尼斯托–普京 ", "MET_WITH fact 莫迪–习近平 2025-08-31"}},
		{"a subject borrowed from a clause with 将 brings its future", "2023-06-19", []string{"标题", "在柏林期间，李强将拜会德国总统施泰因迈尔，同朔尔茨总理会谈，会见欧盟委员会主席冯德莱恩。"},
			[]string{"MET_WITH planned 李强–施泰因迈尔 ", "MET_WITH planned 李强–朔尔茨 ", "MET_WITH planned 李强–冯德莱恩 "}},
		{"a range with one 日 starts a visit on its first day", "2025-11-12", []string{"标题", "法国总统马克龙于3至5日访问中国，并会见习近平。", "普京2024年5月16至17日访问中国。"},
			[]string{"MET_WITH fact 马克龙–习近平 2025-11", "VISITED fact 马克龙–中国 2025-11-03", "VISITED fact 普京–中国 2024-05-16"}},
		{"a visit going on (正在) is on the sentence's day, else the report's; its relative clause names the visitor", "2025-11-18", []string{"标题", "【共同社11月18日电】日本首相高市早苗正在对越南进行访问，17日在河内参观了一所大学。", "法国总统马克龙正在访问印度。", "正在日本访问的某党主席某某表示支持。"},
			[]string{"VISITED fact 高市早苗–越南 2025-11-17", "VISITED fact 马克龙–印度 2025-11-18"}},
		{"a Japanese name whose family name is a common word and whose given name the segmenter does not know", "2025-11-17", []string{"标题", "日本政府派经济产业省局长金子博明今起访问上海。", "习近平主席三次应约同美国总统特朗普通电话。"},
			[]string{"VISITED fact 金子博明–中国 2025-11-17", "PHONE_CALL fact 习近平–特朗普 "}},
		{"a shared name takes the person its country and office allow, or none", "2024-09-03", []string{"标题", "国家主席习近平3日会见来华出席峰会的乍得总统穆罕默德。", "伊朗总统佩泽希齐扬同沙特王储穆罕默德通了电话。", "国务院总理李强会见来华的库克群岛总理布朗。"},
			[]string{"MET_WITH fact 习近平–穆罕默德·伊德里斯·代比·伊特诺 2024-09-03", "VISITED fact 穆罕默德·伊德里斯·代比·伊特诺–中国 2024-09-03", "PHONE_CALL fact 佩泽希齐扬–穆罕默德 ", "MET_WITH fact 李强–马克·布朗 ", "VISITED fact 马克·布朗–中国 "}},
		{"会晤长谈 and a meeting's mood are no object", "2025-04-19", []string{"标题", "洪森同习近平会晤长谈至深夜。", "习近平同萨勒曼国王的会晤气氛友好。"},
			[]string{"MET_WITH fact 洪森–习近平 ", "MET_WITH fact 习近平–萨勒曼 "}},
		{"co-chairing a committee's meeting", "2025-11-03", []string{"标题", "俄罗斯副总理切尔尼申科与中国国务院副总理何立峰昨天在宁波共同主持委员会会议。"},
			[]string{"CO_CHAIRED fact 切尔尼申科–何立峰 2025-11-02", "MET_WITH fact 切尔尼申科–何立峰 2025-11-02"}},
		{"a gloss in brackets keeps a possessive", "2025-11-20", []string{"标题", "克林拜尔为德国现任梅尔茨（Friedrich Merz，又译默茨）政府任内首位造访中国的部长。"}, nil},
		{"the parties named after the frame of a meeting", "2025-11-23", []string{"标题", "在6月的一次会晤中，巴基斯坦陆军参谋长阿西姆·穆尼尔敦促特朗普放宽关税。", "在同新方领导人会见时，韩正转达了习近平主席的问候。"},
			[]string{"MET_WITH fact 穆尼尔–特朗普 2025-06"}},
		{"a joint title with a modifier, dated after 于", "2025-11-03", []string{"标题", "俄罗斯总理米舒斯京今天与中国国务院总理李强会谈。", "上一次俄中总理定期会晤于2024年8月在莫斯科举行。"},
			[]string{"MET_WITH fact 米舒斯京–李强 2025-11-03", "MET_WITH fact 米舒斯京–李强 2024-08"}},
		{"attendees described by the meeting they attend", "2024-08-21", []string{"标题", "先期抵达莫斯科参加中俄总理定期会晤的国务院副总理何立峰到机场迎接。"}, nil},
		{"a style named after a person is no person", "2025-11-25", []string{"标题", "在周一的通话中，习近平运用拜登式的措辞向特朗普寻求支持。"},
			[]string{"PHONE_CALL fact 习近平–特朗普 2025-11-24"}},
		{"a list of equals with glosses", "2025-11-05", []string{"标题", "奠基典礼由立陶宛总统瑙塞达（Gitanas Nauseda）、总理鲁吉尼涅（Inga Ruginiene）和经济与创新部长格里克沙斯（Edvinas Griksas）共同主持。"},
			[]string{"CO_CHAIRED fact 瑙塞达–鲁吉尼涅 ", "CO_CHAIRED fact 瑙塞达–格里克沙斯 ", "CO_CHAIRED fact 鲁吉尼涅–格里克沙斯 ",
				"MET_WITH fact 瑙塞达–鲁吉尼涅 ", "MET_WITH fact 瑙塞达–格里克沙斯 ", "MET_WITH fact 鲁吉尼涅–格里克沙斯 "}},
		{"a date closes a name", "2025-11-17", []string{"标题", "【共同社11月17日电】外务省亚洲大洋洲局局长金井正彰17日访问中国。"},
			[]string{"VISITED fact 金井正彰–中国 2025-11-17"}},
		{"the day something was disclosed is not the call's", "2025-11-27", []string{"标题", "日本政府相关人士27日透露，首相高市早苗与美国总统特朗普在通话中讨论了台湾问题。"},
			[]string{"PHONE_CALL fact 高市早苗–特朗普 "}},
		{"a headline before the talks", "2025-11-01", []string{"习近平李在明会谈前 朝鲜称无核化是白日梦", "朝鲜外务省发表谈话。"},
			[]string{"MET_WITH planned 习近平–李在明 "}},
		{"a joint title after two countries", "2025-11-23", []string{"标题", "加拿大总理卡尼与德国总理梅尔茨发表声明。", "加拿大及德国总理在峰会场边会面，讨论乌克兰局势。"},
			[]string{"MET_WITH fact 卡尼–默茨 "}},
		{"the schedule's person meets one described by a relative clause", "2025-11-01", []string{"追踪高市早苗首相（1日）", "10:25 与出席首脑会议的台湾代表林信义举行会谈。"},
			[]string{"MET_WITH fact 高市早苗–林信义 2025-11-01"}},
		{"a name stops at a trigger", "2025-11-11", []string{"标题", "英国科技副大臣瓦朗斯率团访问北京。", "瓦朗斯今天与中国科技部副部长陈家昌共同主持联合委员会会议。"},
			[]string{"VISITED fact 瓦朗斯–中国 ", "CO_CHAIRED fact 瓦朗斯–陈家昌 2025-11-11", "MET_WITH fact 瓦朗斯–陈家昌 2025-11-11"}},
		{"a call received (接受…的拜访)", "2025-11-18", []string{"追踪高市早苗首相（18日）", "11:03 接受印度尼西亚外长苏吉约诺、国防部长沙夫里的礼节性拜访。"},
			[]string{"MET_WITH fact 高市早苗–苏吉奥诺 2025-11-18", "MET_WITH fact 高市早苗–沙夫里 2025-11-18"}},
		{"a given name after a kinship title", "2025-11-19", []string{"标题", "天皇长女爱子18日拜访老挝国家主席通伦。"},
			[]string{"MET_WITH fact 爱子–通伦 2025-11-18"}},
		{"a title in a year long past is not today's holder", "2025-11-20", []string{"标题", "美国总统特朗普周四表示。", "1972年，尼克松成为首位访问中华人民共和国的美国总统。"}, nil},
		{"since a year is no year of the event", "2023-11-12", []string{"标题", "伊朗总统莱希11日抵达利雅得。", "这是伊朗总统2012年以来首次访问沙特。"},
			[]string{"VISITED fact 莱希–沙特 "}},
		{"a meeting sought is planned", "2025-11-18", []string{"标题", "日方原本摸索在峰会期间实现首相高市早苗与国务院总理李强的会谈。"},
			[]string{"MET_WITH planned 高市早苗–李强 "}},
		{"A、B和C: every pair", "2025-11-19", []string{"标题", "德国总理默茨、法国总统马克龙和英国首相斯塔默于周二举行会晤。"},
			[]string{"MET_WITH fact 默茨–马克龙 2025-11-18", "MET_WITH fact 默茨–斯塔默 2025-11-18", "MET_WITH fact 马克龙–斯塔默 2025-11-18"}},
		{"a city stands for its country", "2025-11-05", []string{"标题", "爱沙尼亚外长萨克纳访问北京。"},
			[]string{"VISITED fact 萨克纳–中国 "}},
		{"the object of an earlier clause is no subject", "2026-03-28", []string{"标题", "国家副主席韩正访问南非，在开普敦会见南非总统拉马福萨，同副总统马沙蒂莱共同主持会议。"},
			[]string{"CO_CHAIRED fact 韩正–马沙蒂莱 ", "MET_WITH fact 韩正–拉马福萨 ", "MET_WITH fact 韩正–马沙蒂莱 ", "VISITED fact 韩正–南非 "}},
		{"an envoy acts, not the one who sends", "2025-11-25", []string{"标题", "特朗普派遣特使威特科夫前往莫斯科，与普京会谈。", "习近平主席特别代表、国家副主席韩正会见印尼总统普拉博沃。"},
			[]string{"MET_WITH fact 威特科夫–普京 ", "MET_WITH fact 韩正–普拉博沃 "}},
		{"两人 after the two named", "2025-11-01", []string{"标题", "高市早苗于10月30日抵达韩国后率先与李在明举行领袖会议，这是两人首次会谈。"},
			[]string{"MET_WITH fact 高市早苗–李在明 2025-10-30"}},
		{"next year's chair is no plan", "2025-11-25", []string{"标题", "在与明年G7轮值主席国法国总统马克龙的会晤中，首相高市早苗表示愿保持合作。"},
			[]string{"MET_WITH fact 高市早苗–马克龙 "}},
		{"the article's one person visits", "2025-11-07", []string{"回顾佩洛西从政生涯", "2022年以议长身分访台，引发北京不满。"},
			[]string{"VISITED fact 佩洛西–台湾 "}},
		{"one visit reported on two days", "2023-05-10", []string{"标题", "国家副主席韩正于5月7日至9日访问葡萄牙。", "8日，在访葡期间，韩正还会见了董事长卡洛斯·莫塔。"},
			[]string{"VISITED fact 韩正–葡萄牙 2023-05-07", "MET_WITH fact 韩正–卡洛斯·莫塔 2023-05-08"}},
		{"a range of days dates its meetings to the month", "2023-05-10", []string{"标题", "国家副主席韩正5月7日至9日访问葡萄牙，在里斯本会见了董事长卡洛斯·莫塔。"},
			[]string{"MET_WITH fact 韩正–卡洛斯·莫塔 2023-05", "VISITED fact 韩正–葡萄牙 2023-05-07"}},
		{"a day before a visit verb is no range", "2025-11-16", []string{"标题", "防卫相小泉进次郎15日到访福冈县，与市长高岛宗一郎会面。"},
			[]string{"MET_WITH fact 小泉进次郎–高岛宗一郎 2025-11-15"}},
		{"next year's month is a plan", "2025-11-09", []string{"标题", "马克龙与朔尔茨商定明年3月在柏林会晤。"},
			[]string{"MET_WITH planned 马克龙–朔尔茨 2026-03"}},
		{"a later year before the trigger is a plan", "2025-11-05", []string{"标题", "北京等待川普2026访华。", "马克龙2024年访华。"},
			[]string{"VISITED planned 特朗普–中国 ", "VISITED fact 马克龙–中国 "}},
		{"several or recent meetings take no date from the context", "2025-11-19", []string{"标题", "19日，王沪宁会见俄罗斯总理米舒斯京。", "+王沪宁表示，今年以来，习近平主席同卢卡申科总统两度会晤。", "+米舒斯京表示，他近日与泽连斯基会面。"},
			[]string{"MET_WITH fact 王沪宁–米舒斯京 2025-11-19", "MET_WITH fact 习近平–卢卡申科 ", "MET_WITH fact 米舒斯京–泽连斯基 "}},
		{"arranging a contact is a plan, an arranged one happened", "2025-11-25", []string{"标题", "美方愿安排财长贝森特访华。", "在东道主的安排下，马克龙访问了北京。"},
			[]string{"VISITED planned 贝森特–中国 ", "VISITED fact 马克龙–中国 "}},
		{"what is said in a meeting is no intention to meet", "2025-11-07", []string{"标题", "日本首相石破茂与韩国总统尹锡悦在首脑会谈中确认了深化合作的意愿。", "马克龙表达了访华的意愿。"},
			[]string{"MET_WITH fact 石破茂–尹锡悦 ", "VISITED planned 马克龙–中国 "}},
		{"a surprise visit", "2025-11-20", []string{"标题", "美国陆军部长德里斯科19日突访基辅。", "布林肯2023年6月以国务卿身份访问北京。"},
			[]string{"VISITED fact 德里斯科尔–乌克兰 2025-11-19", "VISITED fact 布林肯–中国 2023-06"}},
		{"a plan's date dates no fact", "2025-11-25", []string{"标题", "首相高市早苗将于26日参加党首讨论。", "此外，高市还同韩国总统李在明会晤。"},
			[]string{"MET_WITH fact 高市早苗–李在明 "}},
		{"a title after a name ends it", "2024-05-17", []string{"标题", "韩正会见了威尔士亲王威廉王储等。"},
			[]string{"MET_WITH fact 韩正–威廉 "}},
		{"joint title after a combined form", "2025-11-25", []string{"标题", "美国总统特朗普和中国国家主席习近平24日通电话。", "中美元首上月在釜山会晤。"},
			[]string{"PHONE_CALL fact 特朗普–习近平 2025-11-24", "MET_WITH fact 习近平–特朗普 2025-10"}},
		{"joint title, holders unnamed", "2025-11-25", []string{"标题", "中日外长通电话。"}, nil},
		{"planned", "2024-05-17", []string{"标题", "习近平将于下周同普京举行会谈。"},
			[]string{"MET_WITH planned 习近平–普京 "}},
		{"negated", "2024-05-17", []string{"标题", "李强未能会见马克龙。"},
			[]string{"MET_WITH negated 李强–马克龙 "}},
		{"question", "2024-05-17", []string{"标题", "习近平会同普京会谈吗？"}, nil},
		{"message is no call", "2024-05-17", []string{"标题", "习近平致电普京表示祝贺。"}, nil},
		{"phone call", "2024-05-17", []string{"标题", "习近平15日同普京通电话。"},
			[]string{"PHONE_CALL fact 习近平–普京 2024-05-15"}},
		{"a modifier is no party", "2024-05-17", []string{"标题", "李强会见了普京的特使。"}, nil},
		{"的 before the trigger", "2024-05-17", []string{"标题", "这是习近平与普京的首次会晤。"},
			[]string{"MET_WITH fact 习近平–普京 "}},
		{"pronoun opens a later clause", "2024-05-17", []string{"标题", "马克龙是法国总统，他昨天在北京会见李强。"},
			[]string{"MET_WITH fact 马克龙–李强 2024-05-16"}},
		{"双方 refers back", "2024-05-17", []string{"标题", "习近平16日会见普京。", "双方举行了会谈。"},
			[]string{"MET_WITH fact 习近平–普京 2024-05-16"}},
		{"state visit", "2024-05-17", []string{"标题", "习近平5日对法国进行国事访问。"},
			[]string{"VISITED fact 习近平–法国 2024-05-05"}},
		{"came to China, after 的", "2024-05-17", []string{"标题", "李强会见来华访问的法国总统马克龙。"},
			[]string{"MET_WITH fact 李强–马克龙 ", "VISITED fact 马克龙–中国 "}},
		{"nobody visits their own country", "2024-05-17", []string{"标题", "习近平访问中国。"}, nil},
		{"two countries visited", "2024-05-17", []string{"标题", "李强结束对瑞士、爱尔兰的正式访问。"},
			[]string{"VISITED fact 李强–瑞士 ", "VISITED fact 李强–爱尔兰 "}},
		{"weekday with date", "2022-12-07", []string{"标题", "李克强与米舒斯京星期一（12月5日）举行视频会晤。"},
			[]string{"MET_WITH fact 李克强–米舒斯京 2022-12-05"}},
		{"co-chaired", "2022-12-07", []string{"标题", "李克强同米舒斯京共同主持中俄总理第二十七次定期会晤。"},
			[]string{"CO_CHAIRED fact 李克强–米舒斯京 ", "MET_WITH fact 李克强–米舒斯京 "}},
		{"schedule line", "2025-11-12", []string{"追踪高市早苗首相（12日）", "17:15 会见国家安全保障局长市川惠一。"},
			[]string{"MET_WITH fact 高市早苗–市川惠一 2025-11-12"}},
		{"title-only mention resolved in the article", "2022-12-07", []string{"李克强会见俄总理", "俄罗斯总理米舒斯京说，两国关系良好。"},
			[]string{"MET_WITH fact 李克强–米舒斯京 "}},
		// dev9 patterns (session 4), in sentences written for the test.
		{"an enumeration of pairs", "2025-11-20", []string{"标题", "法国外长巴罗与德国外长瓦德富尔、法国防长勒科尔尼与德国防长皮斯托留斯还举行了个别会谈。"},
			[]string{"MET_WITH fact 巴罗–瓦德富尔 ", "MET_WITH fact 勒科尔尼–皮斯托留斯 "}},
		{"a frame whose clause holds its own contact", "2025-11-20", []string{"标题", "在10日的会谈中，乌方提议泽连斯基和普京于12月进行会晤。"},
			[]string{"MET_WITH planned 泽连斯基–普京 2025-12"}},
		{"a plan as a noun before the visit", "2025-11-20", []string{"标题", "在内阁批准撤军的计划后，美国特使维特科夫访问以色列。"},
			[]string{"VISITED fact 维特科夫–以色列 "}},
		{"an intention", "2025-11-20", []string{"标题", "韩国总理金民锡在会谈中表示有意访问日本。"},
			[]string{"VISITED planned 金民锡–日本 "}},
		{"a meaningful meeting is no intention", "2025-11-20", []string{"标题", "习近平同普京举行有意义的会晤。"},
			[]string{"MET_WITH fact 习近平–普京 "}},
		{"a background year does not date a continued occasion", "2025-11-18",
			[]string{"标题", "【共同社11月17日电】日本外相茂木敏充17日在东京会见菲律宾外长拉扎罗。", "日本与菲律宾2023年4月首次召开2+2，此次为第二次。", "茂木敏充还与菲律宾国防部长特奥多罗举行了会谈。"},
			[]string{"MET_WITH fact 茂木敏充–拉扎罗 2025-11-17", "MET_WITH fact 茂木敏充–特奥多罗 2025-11-17"}},
		{"a tenure word before the subject", "2025-11-18", []string{"标题", "今年1月时任日本首相石破茂访问马来西亚，在与该国总理安瓦尔会谈时达成共识。"},
			[]string{"MET_WITH fact 石破茂–安瓦尔 2025-01", "VISITED fact 石破茂–马来西亚 2025-01"}},
		{"a summons", "2025-11-18", []string{"标题", "外务事务次官船越健裕召见中国驻日大使吴江浩。"},
			[]string{"MET_WITH fact 船越健裕–吴江浩 "}},
		{"a government summons", "2025-11-18", []string{"高市早苗首相答辩引发争议", "中国政府已召见日本驻华大使金杉宪治。"}, nil},
		{"a name closed by 以及", "2025-11-20", []string{"标题", "财务相加藤胜信以及经济产业相武藤容治17日在东京举行会谈。"},
			[]string{"MET_WITH fact 加藤胜信–武藤容治 2025-11-17"}},
		{"heads of towns and villages", "2025-11-24", []string{"标题", "防卫相小泉进次郎同町长上地一郎会面。", "知事花角英世与村长品川宏夫举行了会谈。"},
			[]string{"MET_WITH fact 小泉进次郎–上地一郎 ", "MET_WITH fact 花角英世–品川宏夫 "}},
		{"a relative clause of a visit before the visitor", "2025-11-27", []string{"标题", "正在对越南进行国事访问的法国总统马克龙26日在河内参观了文庙。"},
			[]string{"VISITED fact 马克龙–越南 2025-11-26"}},
		{"persons mentioned during a meeting are no party", "2025-11-20", []string{"标题", "特朗普曾在两人的会谈中提到已故前首相安倍晋三。"}, nil},
		{"the one addressed during a call is", "2025-11-20", []string{"标题", "据称魏科夫在通话中告诉乌沙科夫，应共同推动停火。"},
			[]string{"PHONE_CALL fact 威特科夫–乌沙科夫 "}},
		{"a later connector after an adverbial is the preposition", "2025-11-22", []string{"标题", "法国总统马克龙、德国总理默茨与英国首相斯塔默今天与乌克兰总统泽连斯基通话。"},
			[]string{"PHONE_CALL fact 马克龙–泽连斯基 2025-11-22", "PHONE_CALL fact 默茨–泽连斯基 2025-11-22", "PHONE_CALL fact 斯塔默–泽连斯基 2025-11-22"}},
		{"a country that runs the place visited", "2025-11-22", []string{"标题", "老挝总理宋赛造访了日本NPO设立的儿童医院。"}, nil},
		{"the one a comment on a visit is about made it", "2025-11-20", []string{"标题", "卡加梅表示，他对习近平主席2018年对卢旺达进行的历史性访问记忆犹新。", "习近平对郑丽文率团来访表示欢迎。"},
			[]string{"VISITED fact 习近平–卢旺达 ", "VISITED fact 郑丽文–中国 "}},
		{"two on one side meeting a body", "2025-11-05", []string{"标题", "巴勒斯坦副总统侯赛因·谢赫和情报总局局长马吉德·法拉杰在大会召开前与哈马斯举行了双边会晤。"}, nil},
		{"a pronoun after the connector is the other side", "2025-11-10", []string{"标题", "沙拉于5月特朗普访问沙特阿拉伯期间首次与他会面。"},
			[]string{"MET_WITH fact 沙拉–特朗普 2025-05", "VISITED fact 特朗普–沙特 2025-05"}},
		{"a capital as the subject", "2025-11-15", []string{"高市早苗言论引发争议", "东京表示已召见中国驻日大使吴江浩。"}, nil},
		{"a pronoun for the one person the title names", "2025-11-30", []string{"教宗良十四世：两国方案是唯一解方", "他在土耳其访问期间曾警告，人类的未来岌岌可危。"},
			[]string{"VISITED fact 良十四世–土耳其 "}},
		{"a name glossed in Latin script", "2025-11-26", []string{"标题", "中国商务部长王文涛今天与欧盟执行委员塞夫柯维奇（Maros Sefcovic）举行视讯会谈。"},
			[]string{"MET_WITH fact 王文涛–塞夫柯维奇 2025-11-26"}},
		{"a glossed name is a person in the whole article", "2025-11-26", []string{"标题", "美国特使罗宾森（Craig Robinson）今天抵达基辅。", "泽连斯基当天会见了罗宾森。"},
			[]string{"MET_WITH fact 泽连斯基–罗宾森 2025-11-26"}},
		{"the cut-off end of a glossed name is none", "2025-11-26", []string{"标题", "魏科夫与德米崔耶夫（Kirill Dmitriev）在迈阿密会面。"}, nil},
		{"hosts of a show are no co-chairs", "2025-11-14", []string{"标题", "拜登在与哈里斯共同主持的Podcast节目中回顾往事。"}, nil},
		{"a joint title in an article with a discovered name", "2025-11-04", []string{"标题", "美国总统特朗普和中国国家主席习近平都出席了亚太经合组织会议。", "美中元首会晤结束不久，财政部长贝森特表示乐观。", "东帝汶外长巴博当天会见记者。"},
			[]string{"MET_WITH fact 特朗普–习近平 "}},
		// 韩正 has a traditional alias too: the segmenter must still know the
		// simplified spelling, or 韩正于 is read as one name.
		{"a traditional alias in simplified script", "2025-11-19", []string{"标题", "目前正在阿拉伯联合大公国访问的李在明下令迅速救援。", "委内瑞拉常驻联合国代表蒙卡达今天会见了古特雷斯。", "国家副主席韩正于5月7日访问葡萄牙。"},
			[]string{"VISITED fact 李在明–阿联酋 2025-11-19", "MET_WITH fact 蒙卡达–古特雷斯 2025-11-19", "VISITED fact 韩正–葡萄牙 2025-05-07"}},
		{"a visit called off", "2025-11-03", []string{"标题", "10月底德国外长瓦德富尔原订的访华行程临时取消。"},
			[]string{"VISITED negated 瓦德富尔–中国 2025-10"}},
		{"what is agreed at a meeting is not its cancellation", "2025-11-03", []string{"标题", "习近平同普京会谈后宣布取消部分关税。"},
			[]string{"MET_WITH fact 习近平–普京 "}},
		{"a requested meeting", "2025-11-13", []string{"标题", "乌克兰已请求盟友协助促成泽连斯基与普京的直接会晤。", "黄仁勋说他请特朗普和市长罗伟直接通话。"},
			[]string{"MET_WITH planned 泽连斯基–普京 ", "PHONE_CALL planned 特朗普–罗伟 "}},
		{"those invited during a call are no party", "2025-11-03", []string{"标题", "王毅在通话中也邀请德国总理默茨与总统施泰因迈尔访问中国。"},
			[]string{"VISITED planned 施泰因迈尔–中国 ", "VISITED planned 默茨–中国 "}},
		{"those met go on after 以及", "2025-11-11", []string{"标题", "商务部副部长李成钢10日在北京会见柯恩集团高级顾问艾伦（Craig Allen），以及因美纳公司首席执行官泰森（Jacob Thaysen）。"},
			[]string{"MET_WITH fact 李成钢–艾伦 2025-11-10", "MET_WITH fact 李成钢–泰森 2025-11-10"}},
		{"a full name closed by the contact verb", "2025-11-23", []string{"标题", "小泉进次郎在石垣市与市长中山一郎会面。", "日本外相茂木敏充为出席G7外长会议而访问加拿大。"},
			[]string{"MET_WITH fact 小泉进次郎–中山一郎 ", "VISITED fact 茂木敏充–加拿大 "}},
		// Titles of leaders who hold no office of state, and of people known
		// for their work; an honorific after the name is not part of it.
		{"leaders of parties and boards, and scholars", "2024-03-02", []string{"标题", "王毅1日会见加拿大反对党领袖沈博文。", "丁薛祥会见基金会理事长潘德明一行。", "李强会见著名物理学家高立群先生。", "韩正会见某科技集团创始人吴天宇。"},
			[]string{"MET_WITH fact 王毅–沈博文 2024-03-01", "MET_WITH fact 丁薛祥–潘德明 ", "MET_WITH fact 李强–高立群 ", "MET_WITH fact 韩正–吴天宇 "}},
		{"royal titles", "2024-03-02", []string{"标题", "王沪宁会见泰国王后素帕妮。"},
			[]string{"MET_WITH fact 王沪宁–素帕妮 "}},
		// A transliteration the segmenter lists as a place is a name after a
		// title, if a verb or punctuation closes it; not when a noun goes on.
		{"a place-like transliteration after a title", "2024-03-02", []string{"标题", "赵乐际同某国议会议长加西亚举行会谈。", "韩正会见国际联合会主席福布斯。", "埃尔多安与美国总统中东事务顾问会面。"},
			[]string{"MET_WITH fact 赵乐际–加西亚 ", "MET_WITH fact 韩正–福布斯 "}},
		{"a name that begins a city's is no person", "2025-11-24", []string{"标题", "马克龙在约翰尼斯堡会晤卢拉。"},
			[]string{"MET_WITH fact 马克龙–卢拉 "}},
		// Visitors joined before the visit verb all visit; with 分别, each
		// visits the country in the same place of the list.
		{"joined visitors", "2024-03-02", []string{"标题", "中方欢迎普京总统和卢卡申科总统来华。", "1日，马克龙和朔尔茨分别访问日本和韩国。"},
			[]string{"VISITED fact 卢卡申科–中国 ", "VISITED fact 普京–中国 ", "VISITED fact 马克龙–日本 2024-03-01", "VISITED fact 朔尔茨–韩国 2024-03-01"}},
		// Transliterated names cut into pieces by the segmenter.
		{"a dictionary name that goes on is another person", "2025-11-25", []string{"标题", "在同某国参议长阿卜杜拉齐兹会谈时，李希表示，两国关系良好。"},
			[]string{"MET_WITH fact 李希–阿卜杜拉齐兹 "}},
		{"a name in pieces the segmenter knows as names and places", "2025-11-25", []string{"标题", "韩正会见某国际委员会主席斯波利亚诺茨。"},
			[]string{"MET_WITH fact 韩正–斯波利亚诺茨 "}},
		{"the last part of a dotted name is the person", "2025-11-25", []string{"标题", "约翰·马尔凯斯与李强会面。", "马尔凯斯当天还与王毅会谈。"},
			[]string{"MET_WITH fact 约翰·马尔凯斯–李强 ", "MET_WITH fact 约翰·马尔凯斯–王毅 "}},
		{"a dotted name begins after a common word or a nationality", "2025-11-25", []string{"标题", "特朗普的前任乔治·沃尔特曼曾与普京会面。", "埃及外长阿卜杜勒阿提与联合国特使、阿尔及利亚人萨米尔·贝拉迪在开罗会晤。"},
			[]string{"MET_WITH fact 乔治·沃尔特曼–普京 ", "MET_WITH fact 阿卜杜勒阿提–萨米尔·贝拉迪 "}},
		{"a second family name after a hyphen", "2025-11-25", []string{"标题", "韩正会见某国外长罗德里格斯-阿尔瓦雷亚。"},
			[]string{"MET_WITH fact 韩正–罗德里格斯-阿尔瓦雷亚 "}},
		{"Korean and Commonwealth officials", "2025-11-25", []string{"标题", "王毅会见韩国国家安保室长金成洙。", "李强会见某国外交部常秘阿尔万。", "韩正会见某国检察总长周明远。"},
			[]string{"MET_WITH fact 王毅–金成洙 ", "MET_WITH fact 李强–阿尔万 ", "MET_WITH fact 韩正–周明远 "}},
		{"a given name that is a common word, before 率领", "2025-11-25", []string{"标题", "李强会见由某国共产党中央委员会主任张锦绣率领的代表团。"},
			[]string{"MET_WITH fact 李强–张锦绣 "}},
		{"the one in charge of an office", "2025-11-25", []string{"标题", "丁薛祥会见了某基金办公室负责人卡斯特里。"},
			[]string{"MET_WITH fact 丁薛祥–卡斯特里 "}},
		{"heads of state are not the speakers of parliament the item is about", "2025-06-27", []string{"标题", "全国人大常委会委员长赵乐际26日同某国议长马丁内斯举行会谈。", "+上个月，两国元首举行通话。", "+两国外长也将会晤。"},
			[]string{"MET_WITH fact 赵乐际–马丁内斯 2025-06-26"}},
		{"heads of state who are the item's parties", "2025-06-27", []string{"标题", "国家主席习近平26日同法国总统马克龙举行会谈。", "+上个月，两国元首举行通话。"},
			[]string{"MET_WITH fact 习近平–马克龙 2025-06-26", "PHONE_CALL fact 习近平–马克龙 2025-05"}},
		{"a verb phrase closed by a quotation is no name", "2025-11-25", []string{"标题", "在会谈中，马克龙要求总统展现出“诚意”。"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rels, _ := x.Extract(article(tt.published, tt.sentences...))
			var got []string
			for _, r := range rels {
				names := make([]string, len(r.Participants))
				for i, p := range r.Participants {
					names[i] = p.Name
				}
				got = append(got, r.Type+" "+r.Status+" "+strings.Join(names, "–")+" "+r.Date)
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("%q:\ngot  %q\nwant %q", tt.sentences[1:], got, tt.want)
			}
		})
	}
}
