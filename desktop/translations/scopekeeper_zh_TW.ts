<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>ActivateDialog</name>
    <message>
        <source>Activate {0}</source>
        <translation>啟動 {0}</translation>
    </message>
    <message numerus="yes">
        <source>Activating {0} locks its scope: its %n milestones, worth {1} in total, can then no longer be changed, removed or reordered, and no milestone can be added. Amounts, deliverables, acceptance criteria, baseline dates and the objectives are recorded in baseline v1 with a fingerprint.

Afterwards only forecast dates move (with a reason). New client ideas go to the ideas backlog and can become spin-off engagements.</source>
        <translation>
            <numerusform>啟動 {0} 後範圍即鎖定：其 %n 個里程碑（總金額 {1}）將無法再修改、移除或調整順序，也無法新增里程碑。金額、交付項目、驗收標準、基準日期與目標都會連同指紋記錄在基準版本 v1 中。

之後只有預測日期可以調整（需填寫原因）。客戶的新構想會進入構想清單，並可轉為衍生專案。</numerusform>
        </translation>
    </message>
    <message>
        <source>What becomes locked</source>
        <translation>將鎖定的內容</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>無到期日</translation>
    </message>
    <message>
        <source>Roadmap to lock</source>
        <translation>待鎖定的路線圖</translation>
    </message>
    <message>
        <source>Activate and lock scope</source>
        <translation>啟動並鎖定範圍</translation>
    </message>
    <message>
        <source>The scope is locked. Baseline v1 was recorded with this SHA-256 fingerprint; the sign-off documents and the history refer to it.</source>
        <translation>範圍已鎖定。基準版本 v1 已連同此 SHA-256 指紋記錄；驗收確認書與歷程紀錄都會引用它。</translation>
    </message>
    <message>
        <source>Baseline fingerprint</source>
        <translation>基準版本指紋</translation>
    </message>
</context>
<context>
    <name>AgencyFirst</name>
    <message>
        <source>Your agency on documents</source>
        <translation>文件上的服務商資訊</translation>
    </message>
    <message>
        <source>Sign-offs print your agency&apos;s name, address, logo and signatory beside the client&apos;s, as they are when the sign-off is first issued. They are not filled in yet: enter them once here, and every sign-off issued from now on carries them.</source>
        <translation>驗收確認書會在客戶資料旁印出貴服務商的名稱、地址、標誌與簽署人，內容以確認書首次發出當下的設定為準。目前尚未填寫：請在此填寫一次，之後發出的每份驗收確認書都會帶有這些資訊。</translation>
    </message>
    <message>
        <source>The agency&apos;s identity is still empty: sign-offs issued now print no agency. Fill it in under File ▸ Preferences.</source>
        <translation>服務商資訊仍是空白：現在發出的驗收確認書將不會印出服務商。請至「檔案 ▸ 偏好設定」填寫。</translation>
    </message>
</context>
<context>
    <name>Billing</name>
    <message>
        <source>Mark paid</source>
        <translation>標記為已付款</translation>
    </message>
    <message>
        <source>Mark {0} milestone {1} “{2}” paid on {3}?

A payment cannot be undone; it is written to the history.</source>
        <translation>要將 {0} 的里程碑 {1}「{2}」標記為於 {3} 已付款嗎？

付款無法復原，並會寫入歷程記錄。</translation>
    </message>
    <message>
        <source>Mark invoiced</source>
        <translation>標記為已開立發票</translation>
    </message>
    <message>
        <source>Invoice reference for {0} milestone {1} (optional):</source>
        <translation>{0} 里程碑 {1} 的發票編號（選填）：</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>New client</source>
        <translation>新增客戶</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>客戶名稱</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>職稱</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>新增聯絡人</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>簽署人</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名稱(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Client {0} created.</source>
        <translation>已建立客戶 {0}。</translation>
    </message>
</context>
<context>
    <name>ClientEditDialog</name>
    <message>
        <source>Edit client {0}</source>
        <translation>編輯客戶 {0}</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>編輯客戶</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>客戶名稱</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>職稱</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>新增聯絡人</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>簽署人</translation>
    </message>
    <message>
        <source>Sign-offs already made keep the names they were made with. A contact who reviewed a round or is named on a sign-off cannot be removed.</source>
        <translation>已產生的簽核文件保留當時的姓名。曾審查某一輪或列名於簽核文件的聯絡人無法移除。</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名稱(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Client {0} saved.</source>
        <translation>已儲存客戶 {0}。</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>No contracted milestones yet</source>
        <translation>尚無已簽約的里程碑</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due in 0–7 days</source>
        <translation>0–7 天內到期</translation>
    </message>
    <message>
        <source>Due in 8–14 days</source>
        <translation>8–14 天內到期</translation>
    </message>
    <message>
        <source>milestones</source>
        <translation>里程碑</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>{0} days overdue</source>
        <translation>逾期 {0} 天</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>in {0} days</source>
        <translation>{0} 天後</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <source>Contracted</source>
        <translation>合約金額</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已驗收</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已簽核</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>已開票</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>待收款</translation>
    </message>
    <message>
        <source>When</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>專案</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Spin-off</source>
        <translation>衍生專案</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>From</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>構想數</translation>
    </message>
    <message>
        <source>Proposed value</source>
        <translation>提案金額</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>儀表板</translation>
    </message>
    <message>
        <source>Dashboard scope</source>
        <translation>儀表板範圍</translation>
    </message>
    <message>
        <source>Chart currency</source>
        <translation>圖表幣別</translation>
    </message>
    <message>
        <source>Money figures per currency</source>
        <translation>各幣別金額</translation>
    </message>
    <message>
        <source>Due and overdue milestones</source>
        <translation>即將到期與逾期的里程碑</translation>
    </message>
    <message>
        <source>Spin-off pipeline</source>
        <translation>衍生專案</translation>
    </message>
    <message>
        <source>First-pass acceptance rate</source>
        <translation>首次驗收通過率</translation>
    </message>
    <message>
        <source>Client review latency</source>
        <translation>客戶審查時間</translation>
    </message>
    <message>
        <source>&amp;Scope</source>
        <translation>範圍(&amp;S)</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>First-pass acceptance</source>
        <translation>首次驗收通過率</translation>
    </message>
    <message>
        <source>Value by milestone state</source>
        <translation>各里程碑狀態的金額</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>幣別(&amp;C)</translation>
    </message>
    <message>
        <source>Due in the next 14 days and overdue</source>
        <translation>未來 14 天內到期與已逾期</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>金額概況</translation>
    </message>
    <message>
        <source>Dashboard figures</source>
        <translation>儀表板金額概況</translation>
    </message>
    <message>
        <source>Whole portfolio</source>
        <translation>整個專案組合</translation>
    </message>
    <message numerus="yes">
        <source>{0} of {1} reviewed milestones accepted first time ({2} %)</source>
        <translation>
            <numerusform>已審查 {1} 個里程碑中有 {0} 個首次即通過驗收（{2} %）</numerusform>
        </translation>
    </message>
    <message>
        <source>no milestone reviewed yet</source>
        <translation>尚無已審查的里程碑</translation>
    </message>
    <message>
        <source>{0} days from submission to decision</source>
        <translation>從提交到決定平均 {0} 天</translation>
    </message>
    <message numerus="yes">
        <source>%n captured</source>
        <translation>
            <numerusform>已記錄 %n 項</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n diverted</source>
        <translation>
            <numerusform>已轉為衍生專案 %n 項</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parked</source>
        <translation>
            <numerusform>暫緩 %n 項</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n declined</source>
        <translation>
            <numerusform>已婉拒 %n 項</numerusform>
        </translation>
    </message>
    <message>
        <source>no client decision yet</source>
        <translation>客戶尚未做出任何決定</translation>
    </message>
    <message>
        <source>Chart of value by milestone state</source>
        <translation>各里程碑狀態金額圖表</translation>
    </message>
    <message>
        <source>Chart of due and overdue milestones</source>
        <translation>即將到期與逾期里程碑圖表</translation>
    </message>
</context>
<context>
    <name>EngagementActions</name>
    <message>
        <source>Add milestone</source>
        <translation>新增里程碑</translation>
    </message>
    <message>
        <source>Remove milestone</source>
        <translation>移除里程碑</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Edit terms…</source>
        <translation>編輯條款…</translation>
    </message>
    <message>
        <source>Activate…</source>
        <translation>啟動…</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>開始執行</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>提交審查</translation>
    </message>
    <message>
        <source>Record review…</source>
        <translation>記錄審查…</translation>
    </message>
    <message>
        <source>Confirm deemed acceptance</source>
        <translation>確認視為驗收</translation>
    </message>
    <message>
        <source>Sign-off…</source>
        <translation>驗收確認書…</translation>
    </message>
    <message>
        <source>Mark invoiced…</source>
        <translation>標記為已開立發票…</translation>
    </message>
    <message>
        <source>Undo of the move to {0}: {1}</source>
        <translation>復原調整至 {0} 的預測日期：{1}</translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation>標記為已付款</translation>
    </message>
    <message>
        <source>Move forecast…</source>
        <translation>調整預測日期…</translation>
    </message>
    <message>
        <source>Cancel engagement…</source>
        <translation>取消專案…</translation>
    </message>
    <message>
        <source>Close engagement</source>
        <translation>結案</translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation>刪除草稿…</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>規劃</translation>
    </message>
    <message>
        <source>Milestone actions</source>
        <translation>里程碑操作</translation>
    </message>
    <message>
        <source>choose a milestone first</source>
        <translation>請先選擇里程碑</translation>
    </message>
    <message>
        <source>Milestone {0}</source>
        <translation>里程碑 {0}</translation>
    </message>
    <message>
        <source>Amount: {0}</source>
        <translation>金額：{0}</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>沒有需要儲存的變更。</translation>
    </message>
    <message>
        <source>{0} is active; baseline v1 fingerprint {1}</source>
        <translation>專案 {0} 已啟動；基準版本 v1 指紋：{1}</translation>
    </message>
    <message>
        <source>Cancel {0}</source>
        <translation>取消專案 {0}</translation>
    </message>
    <message>
        <source>Why is the engagement cancelled?</source>
        <translation>為什麼取消此專案？</translation>
    </message>
    <message>
        <source>{0} cancelled.</source>
        <translation>已取消專案 {0}。</translation>
    </message>
    <message>
        <source>{0} completed.</source>
        <translation>專案 {0} 已結案。</translation>
    </message>
    <message>
        <source>Delete draft {0}</source>
        <translation>刪除草稿 {0}</translation>
    </message>
    <message>
        <source>Delete the draft {0} “{1}” and its milestones? Edit &gt; Undo brings it back while this window is open.</source>
        <translation>要刪除草稿 {0}「{1}」及其里程碑嗎？在此視窗開啟期間，可用「編輯 &gt; 復原」將它復原。</translation>
    </message>
    <message>
        <source>Milestone {0}: work started.</source>
        <translation>里程碑 {0}：已開始執行。</translation>
    </message>
    <message>
        <source>Milestone {0} submitted for review.</source>
        <translation>里程碑 {0} 已提交審查。</translation>
    </message>
    <message>
        <source>Milestone {0}: deemed acceptance confirmed.</source>
        <translation>里程碑 {0}：已確認視為驗收。</translation>
    </message>
    <message>
        <source>Milestone {0} marked invoiced.</source>
        <translation>里程碑 {0} 已標記為已開票。</translation>
    </message>
    <message>
        <source>Milestone {0} marked paid.</source>
        <translation>里程碑 {0} 已標記為已付款。</translation>
    </message>
</context>
<context>
    <name>EngagementDialog</name>
    <message>
        <source>Edit engagement</source>
        <translation>編輯專案</translation>
    </message>
    <message>
        <source>New engagement</source>
        <translation>新增專案</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>New client…</source>
        <translation>新增客戶…</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>新增客戶</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>文件語言</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>開始日期</translation>
    </message>
    <message>
        <source>Target end date</source>
        <translation>目標結束日期</translation>
    </message>
    <message>
        <source>Deemed-acceptance period in days</source>
        <translation>視為驗收期限（天）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Measure (optional)</source>
        <translation>衡量方式（選填）</translation>
    </message>
    <message>
        <source>Add objective</source>
        <translation>新增目標</translation>
    </message>
    <message>
        <source>C&amp;ode</source>
        <translation>代碼(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>標題(&amp;T)</translation>
    </message>
    <message>
        <source>C&amp;lient</source>
        <translation>客戶(&amp;L)</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>幣別(&amp;U)</translation>
    </message>
    <message>
        <source>Document &amp;language</source>
        <translation>文件語言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>開始日期(&amp;S)</translation>
    </message>
    <message>
        <source>Target &amp;end</source>
        <translation>目標結束日期(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Deemed acceptance after</source>
        <translation>視為驗收期限(&amp;D)</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Objectives say what success looks like. They lock with the roadmap.</source>
        <translation>目標說明何謂成功，會與路線圖一同鎖定。</translation>
    </message>
    <message>
        <source>Choose a client, or create one with “New client…”.</source>
        <translation>請選擇客戶，或以「新增客戶…」建立一個。</translation>
    </message>
    <message>
        <source>Engagement {0} created as a draft.</source>
        <translation>已建立專案 {0}（草稿）。</translation>
    </message>
</context>
<context>
    <name>EngagementView</name>
    <message>
        <source>Engagement</source>
        <translation>專案</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>累計金額</translation>
    </message>
    <message>
        <source>Engagement title</source>
        <translation>專案標題</translation>
    </message>
    <message>
        <source>Scope lock</source>
        <translation>範圍鎖定</translation>
    </message>
    <message>
        <source>Client and dates</source>
        <translation>客戶與日期</translation>
    </message>
    <message>
        <source>Click the client&apos;s name to edit the client</source>
        <translation>按一下客戶名稱即可編輯客戶</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>時程圖</translation>
    </message>
    <message>
        <source>Milestone details</source>
        <translation>里程碑詳細資料</translation>
    </message>
    <message>
        <source>Engagement sections</source>
        <translation>專案分頁</translation>
    </message>
    <message>
        <source>&amp;Roadmap</source>
        <translation>路線圖(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Ideas</source>
        <translation>構想(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Sign-off</source>
        <translation>驗收確認書(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>歷程紀錄(&amp;H)</translation>
    </message>
    <message numerus="yes">
        <source>Total of %n milestones: {0}</source>
        <translation>
            <numerusform>%n 個里程碑合計：{0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Scope locked · baseline v1 {0}</source>
        <translation>範圍已鎖定 · 基準版本 v1 {0}</translation>
    </message>
    <message>
        <source>Baseline fingerprint (SHA-256): {0}</source>
        <translation>基準版本指紋（SHA-256）：{0}</translation>
    </message>
    <message>
        <source>Cancelled after activation · scope stayed locked at baseline v1 {0}</source>
        <translation>啟用後取消 · 範疇維持鎖定於基準 v1 {0}</translation>
    </message>
    <message>
        <source>Cancelled as a draft · the scope was never locked</source>
        <translation>於草稿階段取消 · 範疇從未鎖定</translation>
    </message>
    <message>
        <source>Draft: scope open for planning</source>
        <translation>草稿：範圍仍可規劃</translation>
    </message>
    <message>
        <source> · spin-off of &lt;a href=&apos;{0}&apos;&gt;{1}&lt;/a&gt;</source>
        <translation> · 衍生自 &lt;a href=&apos;{0}&apos;&gt;{1}&lt;/a&gt;</translation>
    </message>
    <message>
        <source> · spin-offs: {0}</source>
        <translation> · 衍生專案：{0}</translation>
    </message>
    <message>
        <source>Objectives: {0}</source>
        <translation>目標：{0}</translation>
    </message>
    <message>
        <source>No written objectives yet.</source>
        <translation>尚未填寫目標。</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>History as readable &amp;PDF…</source>
        <translation>歷程紀錄匯出為可讀 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>History as &amp;CSV…</source>
        <translation>歷程紀錄匯出為 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>History as &amp;Excel workbook…</source>
        <translation>歷程紀錄匯出為 Excel 活頁簿(&amp;E)…</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Stored &amp;records as CSV (raw)…</source>
        <translation>原始紀錄匯出為 CSV(&amp;R)…</translation>
    </message>
    <message>
        <source>Milestone dates as &amp;iCalendar…</source>
        <translation>里程碑日期匯出為 iCalendar(&amp;I)…</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 檔案 (*.ics)</translation>
    </message>
    <message>
        <source>Complete &amp;JSON archive…</source>
        <translation>完整 JSON 封存檔(&amp;J)…</translation>
    </message>
    <message>
        <source>Scopekeeper archives (*.json)</source>
        <translation>Scopekeeper 封存檔 (*.json)</translation>
    </message>
    <message>
        <source>Saved to {0}</source>
        <translation>已儲存至 {0}</translation>
    </message>
    <message>
        <source>Export history of {0}</source>
        <translation>匯出 {0} 的歷程紀錄</translation>
    </message>
    <message>
        <source>Exporting the history of {0}</source>
        <translation>正在匯出 {0} 的歷程紀錄</translation>
    </message>
    <message>
        <source>export cancelled; no file was written</source>
        <translation>已取消匯出；未寫入任何檔案</translation>
    </message>
    <message>
        <source>Export roadmap</source>
        <translation>匯出路線圖</translation>
    </message>
    <message>
        <source>Exporting the roadmap of {0}</source>
        <translation>正在匯出 {0} 的路線圖</translation>
    </message>
    <message>
        <source>Weekly status</source>
        <translation>每週狀態報告</translation>
    </message>
    <message>
        <source>Writing the weekly status</source>
        <translation>正在產生每週狀態報告</translation>
    </message>
    <message>
        <source>Import an archive</source>
        <translation>匯入封存檔</translation>
    </message>
    <message>
        <source>Scopekeeper archives (*.json);;All files (*)</source>
        <translation>Scopekeeper 封存檔 (*.json);;所有檔案 (*)</translation>
    </message>
    <message numerus="yes">
        <source>{0} history events</source>
        <translation>
            <numerusform>{0} 筆歷程事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported {0} engagements and {1} from {2}</source>
        <translation>
            <numerusform>已從 {2} 匯入 {0} 個專案與 {1}</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing {0}</source>
        <translation>正在匯入 {0}</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>New database</source>
        <translation>新增資料庫</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>開啟資料庫</translation>
    </message>
    <message>
        <source>Scopekeeper database (*.sqlite3 *.db);;All files (*)</source>
        <translation>Scopekeeper 資料庫 (*.sqlite3 *.db);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>建立(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開啟(&amp;O)</translation>
    </message>
    <message>
        <source>Open or create a database</source>
        <translation>開啟或建立資料庫</translation>
    </message>
</context>
<context>
    <name>ForecastDialog</name>
    <message>
        <source>Move forecast of milestone {0}</source>
        <translation>調整里程碑 {0} 的預測日期</translation>
    </message>
    <message>
        <source>“{0}”: the baseline date {1} stays in the contract; only the forecast moves and the variance is shown.</source>
        <translation>「{0}」：合約中的基準日期 {1} 保持不變；只調整預測日期，並顯示差異。</translation>
    </message>
    <message>
        <source>New forecast date</source>
        <translation>新的預測日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Why does the date move? (required)</source>
        <translation>日期為何調整？（必填）</translation>
    </message>
    <message>
        <source>Move forecast</source>
        <translation>調整預測日期</translation>
    </message>
    <message>
        <source>New &amp;forecast</source>
        <translation>新的預測日期(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <source>Scopekeeper {0}</source>
        <translation>Scopekeeper {0}</translation>
    </message>
    <message>
        <source>Locked-scope engagements, milestone sign-offs and spin-offs, offline.</source>
        <translation>範圍鎖定的專案、里程碑驗收確認書與衍生專案，離線使用。</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>資料庫：{0}</translation>
    </message>
    <message>
        <source>About Scopekeeper</source>
        <translation>關於 Scopekeeper</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <source>The milestone steps work on the milestone selected on an engagement&apos;s page.</source>
        <translation>里程碑步驟作用於專案頁面上所選的里程碑。</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>規劃</translation>
    </message>
    <message>
        <source>File ▸ New engagement (Ctrl+N) creates a draft for a client. Add its milestones with amounts, due dates and acceptance criteria; a draft can change freely.</source>
        <translation>「檔案 ▸ 新增專案」（Ctrl+N）會為客戶建立草稿。加入里程碑的金額、到期日與驗收標準；草稿可隨意修改。</translation>
    </message>
    <message>
        <source>Lock the scope</source>
        <translation>鎖定範圍</translation>
    </message>
    <message>
        <source>Activate the engagement: its milestones, amounts and criteria are then the contract. New wishes become ideas (Ctrl+I), never silent changes.</source>
        <translation>啟用專案：其里程碑、金額與標準即成為合約。新的需求會成為構想（Ctrl+I），而不是悄悄變更。</translation>
    </message>
    <message>
        <source>Deliver and review</source>
        <translation>交付與審查</translation>
    </message>
    <message>
        <source>Start a milestone, submit it for review, then record the client&apos;s verdict on each criterion. An accepted milestone gets a sign-off PDF to be signed.</source>
        <translation>開始一個里程碑、提交審查，再記錄客戶對每項標準的判定。通過驗收的里程碑會產生待簽署的驗收確認書 PDF。</translation>
    </message>
    <message>
        <source>Get paid</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Mark a signed milestone invoiced, then paid. The dashboard (Ctrl+D) shows what is outstanding and what falls due in the next 14 days.</source>
        <translation>將已簽署的里程碑標記為已開立發票，再標記為已付款。儀表板（Ctrl+D）會顯示未收款項與未來 14 天內到期的項目。</translation>
    </message>
    <message>
        <source>Ideas and spin-offs</source>
        <translation>構想與衍生專案</translation>
    </message>
    <message>
        <source>Ideas wait in the backlog: park them, decline them, or divert them into a spin-off engagement with its own contract.</source>
        <translation>構想會在待辦清單中等候：可以暫緩、婉拒，或轉為擁有自己合約的衍生專案。</translation>
    </message>
    <message>
        <source>Find and export</source>
        <translation>搜尋與匯出</translation>
    </message>
    <message>
        <source>Ctrl+K searches engagements, milestones, contacts and ideas. File ▸ Export writes the history (PDF, CSV, Excel), the roadmap and the weekly status.</source>
        <translation>Ctrl+K 可搜尋專案、里程碑、聯絡人與構想。「檔案 ▸ 匯出」可產生歷程紀錄（PDF、CSV、Excel）、路線圖與每週狀態報告。</translation>
    </message>
    <message>
        <source>Scopekeeper guide</source>
        <translation>Scopekeeper 使用指南</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>使用指南</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作者</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>對象</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>動作</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>History</source>
        <translation>歷程紀錄</translation>
    </message>
    <message>
        <source>Filter history</source>
        <translation>篩選歷程紀錄</translation>
    </message>
    <message>
        <source>Filter by person, action or any text…</source>
        <translation>依人員、動作或任何文字篩選…</translation>
    </message>
    <message>
        <source>Number of events</source>
        <translation>事件數</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>匯出(&amp;E)</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>匯出歷程紀錄</translation>
    </message>
    <message>
        <source>History events</source>
        <translation>歷程事件</translation>
    </message>
    <message>
        <source>Event before and after</source>
        <translation>事件變更前後</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>搜尋中…</translation>
    </message>
    <message numerus="yes">
        <source>{0} of {1} events shown</source>
        <translation>
            <numerusform>顯示 {0} / {1} 筆事件</numerusform>
        </translation>
    </message>
    <message>
        <source>Event {0} · {1} · {2} · {3}: {4}</source>
        <translation>事件 {0} · {1} · {2} · {3}：{4}</translation>
    </message>
    <message>
        <source>Stored record before:</source>
        <translation>儲存的紀錄（變更前）：</translation>
    </message>
    <message>
        <source>Stored record after:</source>
        <translation>儲存的紀錄（變更後）：</translation>
    </message>
    <message>
        <source>Recorded at {0} · hash {1}</source>
        <translation>記錄於 {0} · 雜湊 {1}</translation>
    </message>
</context>
<context>
    <name>IdeaDialog</name>
    <message>
        <source>Capture idea</source>
        <translation>記錄構想</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>專案</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>What did the client ask for?</source>
        <translation>客戶提出了什麼要求？</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>提出者</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先順序</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>追蹤日期</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>追蹤</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>追蹤日期</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>&amp;Engagement</source>
        <translation>專案(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>說明(&amp;D)</translation>
    </message>
    <message>
        <source>Raised &amp;by</source>
        <translation>提出者(&amp;B)</translation>
    </message>
    <message>
        <source>Raised &amp;on</source>
        <translation>提出日期(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>來源(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>優先順序(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Qualification (optional)</source>
        <translation>評估(&amp;Q)（選填）</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>評估</translation>
    </message>
    <message>
        <source>Save idea</source>
        <translation>儲存構想</translation>
    </message>
    <message>
        <source>Choose the engagement the idea was raised in.</source>
        <translation>請選擇提出此構想的專案。</translation>
    </message>
    <message>
        <source>Describe the idea before saving it.</source>
        <translation>請先填寫構想說明再儲存。</translation>
    </message>
    <message>
        <source>Idea captured in the backlog.</source>
        <translation>構想已記錄到構想清單。</translation>
    </message>
</context>
<context>
    <name>IdeaEditor</name>
    <message>
        <source>Idea details</source>
        <translation>構想詳細資料</translation>
    </message>
    <message>
        <source>Select one idea to qualify it.</source>
        <translation>請選擇一個構想進行評估。</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先順序</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>追蹤日期</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>追蹤</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>追蹤日期</translation>
    </message>
    <message>
        <source>Save &amp;qualification</source>
        <translation>儲存評估(&amp;Q)</translation>
    </message>
    <message>
        <source>Save idea details</source>
        <translation>儲存構想詳細資料</translation>
    </message>
    <message>
        <source>Raised by {0} on {1} ({2})</source>
        <translation>由 {0} 於 {1} 提出（{2}）</translation>
    </message>
    <message>
        <source>This idea is {0}; it can no longer be edited.</source>
        <translation>此構想{0}，無法再編輯。</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>沒有需要儲存的內容。</translation>
    </message>
    <message>
        <source>Idea details saved.</source>
        <translation>構想詳細資料已儲存。</translation>
    </message>
</context>
<context>
    <name>IdeasModel</name>
    <message>
        <source>Idea</source>
        <translation>構想</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>追蹤</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>提出</translation>
    </message>
    <message>
        <source>Follow-up due since {0}</source>
        <translation>自 {0} 起待追蹤</translation>
    </message>
    <message>
        <source>diverted to {0}</source>
        <translation>已轉為 {0}</translation>
    </message>
</context>
<context>
    <name>IdeasView</name>
    <message>
        <source>Idea backlog</source>
        <translation>構想清單</translation>
    </message>
    <message>
        <source>Ideas by priority</source>
        <translation>依優先順序排列的構想</translation>
    </message>
    <message>
        <source>Backlog title</source>
        <translation>構想清單標題</translation>
    </message>
    <message>
        <source>Show &amp;diverted and declined</source>
        <translation>顯示已轉出與已婉拒的構想(&amp;D)</translation>
    </message>
    <message>
        <source>Show diverted and declined ideas</source>
        <translation>顯示已轉出與已婉拒的構想</translation>
    </message>
    <message>
        <source>&amp;Capture idea…</source>
        <translation>記錄構想(&amp;C)…</translation>
    </message>
    <message>
        <source>Di&amp;vert to spin-off…</source>
        <translation>轉為衍生專案(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Park</source>
        <translation>暫緩(&amp;P)</translation>
    </message>
    <message>
        <source>D&amp;ecline…</source>
        <translation>婉拒(&amp;E)…</translation>
    </message>
    <message>
        <source>Capture idea</source>
        <translation>記錄構想</translation>
    </message>
    <message>
        <source>Divert selected ideas to a spin-off</source>
        <translation>將選取的構想轉為衍生專案</translation>
    </message>
    <message>
        <source>Park selected ideas</source>
        <translation>暫緩選取的構想</translation>
    </message>
    <message>
        <source>Decline selected ideas</source>
        <translation>婉拒選取的構想</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ideas raised in {0}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{0} 中提出的構想&lt;/b&gt;</translation>
    </message>
    <message>
        <source>choose one or more captured ideas first</source>
        <translation>請先選擇一個或多個已記錄的構想</translation>
    </message>
    <message>
        <source>Divert to spin-off</source>
        <translation>轉為衍生專案</translation>
    </message>
    <message>
        <source>The selected ideas ({0}) become a new draft engagement for the same client.
Its scope starts from them; this engagement&apos;s scope stays as it is.

Code of the spin-off:</source>
        <translation>選取的構想（{0} 個）將成為同一客戶的新草稿專案。
新專案的範圍以這些構想為起點；本專案的範圍維持不變。

衍生專案代碼：</translation>
    </message>
    <message>
        <source>Spin-off {0} created as a draft.</source>
        <translation>已建立衍生專案 {0}（草稿）。</translation>
    </message>
    <message>
        <source>Parked: won&apos;t have now, kept in the backlog.</source>
        <translation>已暫緩：目前暫不需要，保留在構想清單中。</translation>
    </message>
    <message>
        <source>Decline ideas</source>
        <translation>婉拒構想</translation>
    </message>
    <message>
        <source>Why are these ideas ({0}) declined? The reason is kept in the history.</source>
        <translation>為什麼婉拒這些構想（{0} 個）？原因會保留在歷程紀錄中。</translation>
    </message>
    <message>
        <source>Declined {0} idea(s).</source>
        <translation>已婉拒 {0} 個構想。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已規劃</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>要求修改</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已驗收</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>已簽核</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>已開票</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>captured</source>
        <translation>已記錄</translation>
    </message>
    <message>
        <source>diverted</source>
        <translation>已轉為衍生專案</translation>
    </message>
    <message>
        <source>parked</source>
        <translation>暫緩</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>已婉拒</translation>
    </message>
    <message>
        <source>Must have</source>
        <translation>必須有</translation>
    </message>
    <message>
        <source>Should have</source>
        <translation>應該有</translation>
    </message>
    <message>
        <source>Could have</source>
        <translation>可以有</translation>
    </message>
    <message>
        <source>Won&apos;t have now</source>
        <translation>暫不需要</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>會議</translation>
    </message>
    <message>
        <source>Review round</source>
        <translation>審查回合</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>不符合</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>豁免</translation>
    </message>
    <message>
        <source>Typed acknowledgement</source>
        <translation>文字確認</translation>
    </message>
    <message>
        <source>Scan of a wet-ink signature</source>
        <translation>手寫簽名掃描檔</translation>
    </message>
    <message>
        <source>Digital signature in the PDF</source>
        <translation>PDF 數位簽章</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>計畫</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>挑戰</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>時程</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>預算</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>決策權</translation>
    </message>
    <message>
        <source>Consequences if not done</source>
        <translation>不執行的後果</translation>
    </message>
    <message>
        <source>Implications if done</source>
        <translation>執行的影響</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>French</source>
        <translation>法文</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>西班牙文</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>繁體中文</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Filter engagements</source>
        <translation>篩選專案</translation>
    </message>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>篩選 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>專案</translation>
    </message>
    <message>
        <source>Search milestones, contacts and ideas too (Ctrl+K)</source>
        <translation>一併搜尋里程碑、聯絡人與構想（Ctrl+K）</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在資料夾中顯示</translation>
    </message>
    <message>
        <source>Show the exported file in its folder</source>
        <translation>在資料夾中顯示匯出的檔案</translation>
    </message>
    <message>
        <source>Sample data loaded: {0} engagements.</source>
        <translation>已載入範例資料：{0} 個專案。</translation>
    </message>
    <message>
        <source>{0} has no engagement yet.</source>
        <translation>{0} 尚無任何專案。</translation>
    </message>
    <message>
        <source>Database server not reachable</source>
        <translation>無法連線到資料庫伺服器</translation>
    </message>
    <message>
        <source>Database not opened</source>
        <translation>未開啟資料庫</translation>
    </message>
    <message>
        <source>Opened {0}</source>
        <translation>已開啟 {0}</translation>
    </message>
    <message>
        <source>Open an engagement first.</source>
        <translation>請先開啟一個專案。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New engagement…</source>
        <translation>新增專案(&amp;N)…</translation>
    </message>
    <message>
        <source>Open &amp;sample data</source>
        <translation>開啟範例資料(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>開啟資料庫(&amp;O)…</translation>
    </message>
    <message>
        <source>Ne&amp;w database…</source>
        <translation>新增資料庫(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>最近使用的資料庫(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>匯出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Roadmap PDF…</source>
        <translation>路線圖 PDF(&amp;R)…</translation>
    </message>
    <message>
        <source>Weekly &amp;status of this engagement…</source>
        <translation>此專案的每週狀態報告(&amp;S)…</translation>
    </message>
    <message>
        <source>Weekly status of the &amp;portfolio…</source>
        <translation>專案組合的每週狀態報告(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Import archive…</source>
        <translation>匯入封存檔(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Capture &amp;idea…</source>
        <translation>記錄構想(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Filter engagements</source>
        <translation>篩選專案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>全部搜尋(&amp;S)…</translation>
    </message>
    <message>
        <source>En&amp;gagement</source>
        <translation>專案(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Milestone</source>
        <translation>里程碑(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>儀表板(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Welcome page</source>
        <translation>歡迎頁面(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>Scopekeeper &amp;guide</source>
        <translation>Scopekeeper 使用指南(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;About Scopekeeper</source>
        <translation>關於 Scopekeeper(&amp;A)</translation>
    </message>
    <message>
        <source>Open an engagement first</source>
        <translation>請先開啟一個專案</translation>
    </message>
</context>
<context>
    <name>MilestoneEditor</name>
    <message>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Milestone details</source>
        <translation>里程碑詳細資料</translation>
    </message>
    <message>
        <source>Milestone title</source>
        <translation>里程碑標題</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>交付項目</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Due date warning</source>
        <translation>到期日警告</translation>
    </message>
    <message>
        <source>Acceptance criterion</source>
        <translation>驗收標準</translation>
    </message>
    <message>
        <source>Target (optional)</source>
        <translation>目標值（選填）</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>新增標準</translation>
    </message>
    <message>
        <source>Acceptance criteria</source>
        <translation>驗收標準</translation>
    </message>
    <message>
        <source>Review template</source>
        <translation>審查範本</translation>
    </message>
    <message>
        <source>Apply template</source>
        <translation>套用範本</translation>
    </message>
    <message>
        <source>Save milestone</source>
        <translation>儲存里程碑</translation>
    </message>
    <message>
        <source>Engagement cancelled: its milestones stay as they were and no longer change.</source>
        <translation>專案已取消：其里程碑維持原狀，不再變更。</translation>
    </message>
    <message>
        <source>Scope locked: these fields are part of the baseline. Capture an idea to propose a change.</source>
        <translation>範圍已鎖定：這些欄位屬於基準版本。如需變更，請記錄構想提出。</translation>
    </message>
    <message>
        <source>No acceptance criteria yet.</source>
        <translation>尚無驗收標準。</translation>
    </message>
    <message>
        <source>Target: {0}</source>
        <translation>目標：{0}</translation>
    </message>
    <message>
        <source>⚠ Due before the engagement starts ({0}).</source>
        <translation>⚠ 到期日早於專案開始日（{0}）。</translation>
    </message>
    <message>
        <source>⚠ Due after the engagement&apos;s target end ({0}).</source>
        <translation>⚠ 到期日晚於專案預定結束日（{0}）。</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>標題(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Deliverables</source>
        <translation>交付項目(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>金額(&amp;A)</translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation>到期日(&amp;U)</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>驗收標準</translation>
    </message>
    <message>
        <source>Te&amp;mplate</source>
        <translation>範本(&amp;M)</translation>
    </message>
    <message>
        <source>State: {0}</source>
        <translation>狀態：{0}</translation>
    </message>
    <message>
        <source>Template: {0}</source>
        <translation>範本：{0}</translation>
    </message>
    <message>
        <source>Forecast {0} ({1:+d} days against baseline)</source>
        <translation>預測 {0}（與基準相差 {1:+d} 天）</translation>
    </message>
    <message>
        <source>{0} review round(s)</source>
        <translation>{0} 輪審查</translation>
    </message>
    <message>
        <source>Sign-off {0}</source>
        <translation>驗收確認書 {0}</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>Not possible</source>
        <translation>無法執行</translation>
    </message>
    <message>
        <source>The view has been reloaded.</source>
        <translation>畫面已重新載入。</translation>
    </message>
    <message>
        <source>This cannot be undone; earlier steps can no longer be undone either.</source>
        <translation>此操作無法復原；先前的步驟也無法再復原。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>{0}: cancelled.</source>
        <translation>{0}：已取消。</translation>
    </message>
    <message>
        <source>{0} failed: {1}</source>
        <translation>{0} 失敗：{1}</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Set</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>set</source>
        <translation>（已設定）</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Database password</source>
        <translation>資料庫密碼</translation>
    </message>
    <message>
        <source>Scopekeeper keeps it in the system keyring, so it will not ask again on this computer.</source>
        <translation>Scopekeeper 會將密碼保存在系統金鑰圈中，在這台電腦上不會再次詢問。</translation>
    </message>
    <message>
        <source>No system keyring is available, so Scopekeeper cannot remember this password; it will ask again next time.</source>
        <translation>系統沒有可用的金鑰圈，Scopekeeper 無法記住此密碼；下次仍會詢問。</translation>
    </message>
    <message>
        <source>Database user</source>
        <translation>資料庫使用者</translation>
    </message>
    <message>
        <source>Database server</source>
        <translation>資料庫伺服器</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>連線</translation>
    </message>
    <message>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>伺服器</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密碼(&amp;P)</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review — {0} milestone {1}</source>
        <translation>審查 — {0} 里程碑 {1}</translation>
    </message>
    <message>
        <source>Review milestone</source>
        <translation>審查里程碑</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0} · milestone {1}: {2}&lt;/b&gt; — review round {3}</source>
        <translation>&lt;b&gt;{0} · 里程碑 {1}：{2}&lt;/b&gt; — 第 {3} 輪審查</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>審查人</translation>
    </message>
    <message>
        <source>(no reviewer named)</source>
        <translation>（未指定審查人）</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>審查日期</translation>
    </message>
    <message>
        <source>Re&amp;viewer</source>
        <translation>審查人(&amp;V)</translation>
    </message>
    <message>
        <source>Review &amp;date</source>
        <translation>審查日期(&amp;D)</translation>
    </message>
    <message>
        <source>Previous review round</source>
        <translation>上一輪審查</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>標準</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>審查結果</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Waiver reason</source>
        <translation>豁免理由</translation>
    </message>
    <message>
        <source>Criteria and verdicts</source>
        <translation>驗收標準與審查結果</translation>
    </message>
    <message>
        <source>Derived outcome</source>
        <translation>推導結果</translation>
    </message>
    <message>
        <source>&amp;Save review</source>
        <translation>儲存審查(&amp;S)</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>儲存審查</translation>
    </message>
    <message>
        <source>Capture &amp;idea…</source>
        <translation>記錄構想(&amp;I)…</translation>
    </message>
    <message>
        <source>Capture idea</source>
        <translation>記錄構想</translation>
    </message>
    <message>
        <source>Note a new client idea without leaving the review; it goes to the backlog.</source>
        <translation>不必離開審查即可記下客戶的新構想；它會進入構想清單。</translation>
    </message>
    <message>
        <source>no reviewer named</source>
        <translation>未指定審查人</translation>
    </message>
    <message numerus="yes">
        <source>Round {0} on {1} ({2}): {3} — {4} of {5} criteria not met. Its verdicts and notes are under each criterion.</source>
        <translation>
            <numerusform>第 {0} 輪，{1}（{2}）：{3} — {5} 項標準中有 {4} 項未達成。各標準下方列出該輪的判定與備註。</numerusform>
        </translation>
    </message>
    <message>
        <source>Round {0}: {1}</source>
        <translation>第 {0} 輪：{1}</translation>
    </message>
    <message>
        <source>Target: {0}</source>
        <translation>目標值：{0}</translation>
    </message>
    <message>
        <source>Verdict on criterion {0}</source>
        <translation>標準 {0} 的審查結果</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>請選擇…</translation>
    </message>
    <message>
        <source>Note on criterion {0}</source>
        <translation>標準 {0} 的備註</translation>
    </message>
    <message>
        <source>Waiver reason for criterion {0}</source>
        <translation>標準 {0} 的豁免理由</translation>
    </message>
    <message>
        <source>Required when waived</source>
        <translation>豁免時必填</translation>
    </message>
    <message>
        <source>Outcome: not decided yet — 1 criterion has no verdict</source>
        <translation>結果：尚未決定 — 有 1 項標準尚無審查結果</translation>
    </message>
    <message>
        <source>Outcome: not decided yet — {0} criteria have no verdict</source>
        <translation>結果：尚未決定 — 有 {0} 項標準尚無審查結果</translation>
    </message>
    <message>
        <source>Outcome: accepted</source>
        <translation>結果：已驗收</translation>
    </message>
    <message>
        <source>Outcome: changes requested — 1 criterion not met</source>
        <translation>結果：要求修改 — 1 項標準不符合</translation>
    </message>
    <message>
        <source>Outcome: changes requested — {0} criteria not met</source>
        <translation>結果：要求修改 — {0} 項標準不符合</translation>
    </message>
    <message>
        <source>A waived criterion needs a reason: {0}</source>
        <translation>豁免的標準必須填寫理由：{0}</translation>
    </message>
    <message>
        <source>Review recorded. {0}</source>
        <translation>審查已記錄。{0}</translation>
    </message>
</context>
<context>
    <name>RoadmapModel</name>
    <message>
        <source>#</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>預測</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>差異</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>準時</translation>
    </message>
    <message>
        <source>{0:+d} d</source>
        <translation>{0:+d} 天</translation>
    </message>
    <message>
        <source>Deemed accepted — confirm: the review period has passed.</source>
        <translation>視為驗收 — 請確認：審查期限已過。</translation>
    </message>
    <message numerus="yes">
        <source>%n acceptance criteria</source>
        <translation>
            <numerusform>%n 項驗收標準</numerusform>
        </translation>
    </message>
    <message>
        <source>no date</source>
        <translation>無日期</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove row {0}</source>
        <translation>移除第 {0} 列</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Engagement</source>
        <translation>專案</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>構想</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>全部搜尋</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜尋結果</translation>
    </message>
    <message>
        <source>Search for</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <source>Engagements, milestones, contacts, ideas… (at least 2 letters)</source>
        <translation>專案、里程碑、聯絡人、構想…（至少 2 個字）</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>搜尋狀態</translation>
    </message>
    <message>
        <source>Type at least two letters.</source>
        <translation>請至少輸入兩個字。</translation>
    </message>
    <message>
        <source>Nothing found for “{0}”.</source>
        <translation>找不到「{0}」的結果。</translation>
    </message>
    <message>
        <source>{0} found; Enter opens the selected one.</source>
        <translation>找到 {0} 項；按 Enter 開啟所選項目。</translation>
    </message>
    <message>
        <source>Only the first of each kind are listed: type more to narrow.</source>
        <translation>每種類型只列出前幾筆：請輸入更多字以縮小範圍。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>偏好設定</translation>
    </message>
    <message>
        <source>SQLite &amp;file on this computer</source>
        <translation>本機的 SQLite 檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server (team)</source>
        <translation>PostgreSQL 伺服器（團隊）(&amp;P)</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>資料庫檔案</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <source>Choose database file</source>
        <translation>選擇資料庫檔案</translation>
    </message>
    <message>
        <source>PostgreSQL URL</source>
        <translation>PostgreSQL URL</translation>
    </message>
    <message>
        <source>Leave the password out: Scopekeeper asks for it when connecting and keeps it in the system keyring, never in its settings.</source>
        <translation>請勿填入密碼：Scopekeeper 會在連線時詢問，並保存在系統金鑰圈中，絕不寫入設定。</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>資料庫</translation>
    </message>
    <message>
        <source>Agency name</source>
        <translation>服務商名稱</translation>
    </message>
    <message>
        <source>Agency address</source>
        <translation>服務商地址</translation>
    </message>
    <message>
        <source>Signatory name</source>
        <translation>簽署人姓名</translation>
    </message>
    <message>
        <source>Signatory role</source>
        <translation>簽署人職稱</translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation>預設幣別</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>紙張大小</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>標誌預覽</translation>
    </message>
    <message>
        <source>Choose PNG…</source>
        <translation>選擇 PNG…</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>選擇標誌</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>移除標誌</translation>
    </message>
    <message>
        <source>Agency identity on documents</source>
        <translation>文件上的服務商資訊</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名稱(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>Si&amp;gnatory</source>
        <translation>簽署人(&amp;G)</translation>
    </message>
    <message>
        <source>Signatory &amp;role</source>
        <translation>簽署人職稱(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Logo</source>
        <translation>標誌(&amp;L)</translation>
    </message>
    <message>
        <source>Default &amp;currency</source>
        <translation>預設幣別(&amp;C)</translation>
    </message>
    <message>
        <source>Pa&amp;per size</source>
        <translation>紙張大小(&amp;P)</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外觀</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>本機</translation>
    </message>
    <message>
        <source>Appea&amp;rance</source>
        <translation>外觀(&amp;R)</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>介面語言</translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation>介面語言(&amp;I)</translation>
    </message>
    <message>
        <source>Scopekeeper database (*.sqlite3 *.db);;All files (*)</source>
        <translation>Scopekeeper 資料庫 (*.sqlite3 *.db);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>標誌</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 圖片 (*.png)</translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>無標誌</translation>
    </message>
    <message>
        <source>not a readable image</source>
        <translation>無法讀取的圖片</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>偏好設定已儲存。</translation>
    </message>
    <message>
        <source>The interface will speak the new language the next time Scopekeeper starts. Restart now?</source>
        <translation>Scopekeeper 下次啟動時，介面將改用新的語言。要立即重新啟動嗎？</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>立即重新啟動(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍後(&amp;L)</translation>
    </message>
</context>
<context>
    <name>SignedCopyActions</name>
    <message>
        <source>Bring back the signed copy</source>
        <translation>匯入簽署副本</translation>
    </message>
    <message>
        <source>Signed copies (*.pdf *.txt *.png *.jpg);;All files (*)</source>
        <translation>簽署副本 (*.pdf *.txt *.png *.jpg);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>the file cannot be read ({0})</source>
        <translation>無法讀取檔案（{0}）</translation>
    </message>
    <message>
        <source>Signed copy verified and recorded.</source>
        <translation>簽署副本已驗證並記錄。</translation>
    </message>
    <message>
        <source>Signed copy matched by its document id and recorded.</source>
        <translation>簽署副本已依文件編號對應並記錄。</translation>
    </message>
    <message>
        <source>Signed copy not verified; nothing was recorded.</source>
        <translation>簽署副本未通過驗證；未記錄任何內容。</translation>
    </message>
    <message>
        <source>✔ Verified: {0}</source>
        <translation>✔ 已驗證：{0}</translation>
    </message>
    <message>
        <source>✔ Matched: {0}</source>
        <translation>✔ 已對應：{0}</translation>
    </message>
    <message>
        <source>✘ Not verified: {0}</source>
        <translation>✘ 未通過驗證：{0}</translation>
    </message>
    <message>
        <source>Certificate: {0}</source>
        <translation>憑證：{0}</translation>
    </message>
</context>
<context>
    <name>SignoffPanel</name>
    <message>
        <source>Sign-off</source>
        <translation>驗收確認書</translation>
    </message>
    <message>
        <source>Sign-off summary</source>
        <translation>驗收確認書摘要</translation>
    </message>
    <message>
        <source>&amp;Export sign-off PDF…</source>
        <translation>匯出驗收確認書 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>Open containing &amp;folder</source>
        <translation>開啟所在資料夾(&amp;F)</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>預覽(&amp;V)</translation>
    </message>
    <message>
        <source>Exported file</source>
        <translation>匯出的檔案</translation>
    </message>
    <message>
        <source>Agency warning</source>
        <translation>服務商資訊警告</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>發出</translation>
    </message>
    <message>
        <source>Signature method</source>
        <translation>簽署方式</translation>
    </message>
    <message>
        <source>Signer name</source>
        <translation>簽署人姓名</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>簽署日期</translation>
    </message>
    <message>
        <source>Document id on the copy</source>
        <translation>副本上的文件編號</translation>
    </message>
    <message>
        <source>&amp;Bring back signed copy…</source>
        <translation>匯入簽署副本(&amp;B)…</translation>
    </message>
    <message>
        <source>…or drop the signed PDF anywhere on this panel.</source>
        <translation>…或將已簽署的 PDF 拖放到此面板的任何位置。</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>驗證結果</translation>
    </message>
    <message>
        <source>Signed copy</source>
        <translation>簽署副本</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>方式(&amp;M)</translation>
    </message>
    <message>
        <source>Si&amp;gner</source>
        <translation>簽署人(&amp;G)</translation>
    </message>
    <message>
        <source>Signed &amp;on</source>
        <translation>簽署日期(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Document id</source>
        <translation>文件編號(&amp;D)</translation>
    </message>
    <message>
        <source>Billing date</source>
        <translation>開票日期</translation>
    </message>
    <message>
        <source>Invoice reference</source>
        <translation>發票編號</translation>
    </message>
    <message>
        <source>Optional, e.g. INV-2026-042</source>
        <translation>選填，例如 INV-2026-042</translation>
    </message>
    <message>
        <source>Mark &amp;invoiced</source>
        <translation>標記為已開票(&amp;I)</translation>
    </message>
    <message>
        <source>Mark &amp;paid</source>
        <translation>標記為已付款(&amp;P)</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>請款</translation>
    </message>
    <message>
        <source>Da&amp;te</source>
        <translation>日期(&amp;T)</translation>
    </message>
    <message>
        <source>Invoice &amp;reference</source>
        <translation>發票編號(&amp;R)</translation>
    </message>
    <message>
        <source>Export sign-off PDF</source>
        <translation>匯出驗收確認書 PDF</translation>
    </message>
    <message>
        <source>Open the folder of the exported PDF</source>
        <translation>開啟匯出 PDF 所在的資料夾</translation>
    </message>
    <message>
        <source>Preview the sign-off PDF</source>
        <translation>預覽驗收確認書 PDF</translation>
    </message>
    <message>
        <source>Bring back the signed copy</source>
        <translation>匯入簽署副本</translation>
    </message>
    <message>
        <source>Mark the milestone invoiced</source>
        <translation>將里程碑標記為已開票</translation>
    </message>
    <message>
        <source>Mark the milestone paid</source>
        <translation>將里程碑標記為已付款</translation>
    </message>
    <message>
        <source>Export or preview the sign-off to read it here.</source>
        <translation>匯出或預覽驗收確認書，即可在此閱讀。</translation>
    </message>
    <message>
        <source>Sign-off steps</source>
        <translation>驗收確認書步驟</translation>
    </message>
    <message>
        <source>That milestone no longer exists.</source>
        <translation>該里程碑已不存在。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0} — milestone {1}: {2}&lt;/b&gt;&lt;br&gt;No sign-off yet: {3}.</source>
        <translation>&lt;b&gt;{0} — 里程碑 {1}：{2}&lt;/b&gt;&lt;br&gt;尚無驗收確認書：{3}。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign-off {0}&lt;/b&gt;&lt;br&gt;Milestone {1}: {2}&lt;br&gt;State: {3} · fingerprint {4}…</source>
        <translation>&lt;b&gt;驗收確認書 {0}&lt;/b&gt;&lt;br&gt;里程碑 {1}：{2}&lt;br&gt;狀態：{3} · 指紋 {4}…</translation>
    </message>
    <message>
        <source>Invoice reference: {0}</source>
        <translation>發票編號：{0}</translation>
    </message>
    <message>
        <source>e.g. {0}</source>
        <translation>例如 {0}</translation>
    </message>
    <message>
        <source>The document id as printed on the returned copy</source>
        <translation>退回副本上印的文件編號</translation>
    </message>
    <message>
        <source>⚠ This sign-off names no agency: the agency&apos;s identity was empty when it was signed, and a signed sign-off never changes.</source>
        <translation>⚠ 這份驗收確認書未列出服務商：簽署時服務商資訊是空白的，而已簽署的驗收確認書不會再變更。</translation>
    </message>
    <message>
        <source>Sign-offs neither issued nor signed yet name the agency once it is filled in under File ▸ Preferences ▸ Agency identity on documents.</source>
        <translation>尚未發出或簽署的驗收確認書，在「檔案 ▸ 偏好設定 ▸ 文件上的服務商資訊」填寫後就會列出服務商。</translation>
    </message>
    <message>
        <source>⚠ This sign-off names no agency: the agency&apos;s identity was empty when it was issued, and an issued sign-off never changes.</source>
        <translation>⚠ 這份驗收確認書未列出服務商：發出時服務商資訊是空白的，而已發出的驗收確認書不會再變更。</translation>
    </message>
    <message>
        <source>⚠ This sign-off names no agency: the agency&apos;s identity was empty when it was issued, and an issued sign-off never changes. Sign-offs not issued yet name the agency once it is filled in under File ▸ Preferences ▸ Agency identity on documents.</source>
        <translation>⚠ 這份驗收確認書未列出服務商：發出時服務商資訊是空白的，而已發出的驗收確認書不會再變更。尚未發出的驗收確認書，在「檔案 ▸ 偏好設定 ▸ 文件上的服務商資訊」填寫後就會列出服務商。</translation>
    </message>
    <message>
        <source>⚠ Your agency&apos;s identity is empty, so this sign-off would name no agency. Fill it in under File ▸ Preferences ▸ Agency identity on documents before exporting it.</source>
        <translation>⚠ 您的服務商資訊是空白的，這份驗收確認書將不會列出服務商。請在匯出前至「檔案 ▸ 偏好設定 ▸ 文件上的服務商資訊」填寫。</translation>
    </message>
    <message>
        <source>choose an accepted milestone first</source>
        <translation>請先選擇已驗收的里程碑</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to {0}</source>
        <translation>已儲存至 {0}</translation>
    </message>
    <message>
        <source>Sign-off PDF saved to {0}.</source>
        <translation>驗收確認書 PDF 已儲存至 {0}。</translation>
    </message>
    <message>
        <source>Sign-off PDF saved to {0}. It names no agency: the agency&apos;s identity was empty when it was issued.</source>
        <translation>驗收確認書 PDF 已儲存至 {0}。其中未列出服務商：發出時服務商資訊是空白的。</translation>
    </message>
    <message>
        <source>Sign-off preview</source>
        <translation>驗收確認書預覽</translation>
    </message>
    <message>
        <source>Milestone marked invoiced.</source>
        <translation>里程碑已標記為已開票。</translation>
    </message>
    <message>
        <source>Milestone marked paid.</source>
        <translation>里程碑已標記為已付款。</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Roadmap timeline</source>
        <translation>路線圖時程</translation>
    </message>
    <message numerus="yes">
        <source>{0} milestones from {1} to {2}; {3} forecast later than baseline</source>
        <translation>
            <numerusform>{1} 至 {2} 共 {0} 個里程碑；{3} 個預測晚於基準</numerusform>
        </translation>
    </message>
    <message>
        <source>No milestones yet: add the first billing point.</source>
        <translation>尚無里程碑：請新增第一個請款節點。</translation>
    </message>
    <message>
        <source>no due date yet</source>
        <translation>尚無到期日</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
</context>
<context>
    <name>Verdicts</name>
    <message>
        <source>the file is empty</source>
        <translation>檔案是空的</translation>
    </message>
    <message>
        <source>the file is {size} MB, more than the {limit} MB allowed for a signed copy</source>
        <translation>檔案大小為 {size} MB，超過簽署副本允許的 {limit} MB</translation>
    </message>
    <message>
        <source>the file is not a PDF</source>
        <translation>檔案不是 PDF</translation>
    </message>
    <message>
        <source>the PDF is damaged and could not be read</source>
        <translation>PDF 已損毀，無法讀取</translation>
    </message>
    <message>
        <source>the PDF is password-protected; ask the client for a copy without a password</source>
        <translation>PDF 受密碼保護；請向客戶索取沒有密碼的副本</translation>
    </message>
    <message>
        <source>this PDF is not one of our sign-offs (it has no document id)</source>
        <translation>此 PDF 不是我們的驗收確認書（沒有文件編號）</translation>
    </message>
    <message>
        <source>the file carries no document id; type the id printed on the sign-off</source>
        <translation>檔案沒有文件編號；請輸入驗收確認書上印的編號</translation>
    </message>
    <message>
        <source>no sign-off with document id {document} exists here</source>
        <translation>這裡沒有文件編號為 {document} 的驗收確認書</translation>
    </message>
    <message>
        <source>this PDF is another version of sign-off {document} (an earlier round or a different milestone): its fingerprint does not match the accepted round</source>
        <translation>此 PDF 是驗收確認書 {document} 的另一個版本（較早的審查或其他里程碑）：其指紋與已接受的審查不符</translation>
    </message>
    <message>
        <source>this file is another version of sign-off {document} (an earlier round or a different milestone): its fingerprint does not match the accepted round</source>
        <translation>此檔案是驗收確認書 {document} 的另一個版本（較早的審查或其他里程碑）：其指紋與已接受的審查不符</translation>
    </message>
    <message>
        <source>sign-off {document} has not been issued yet: export its PDF first; only an issued sign-off can come back signed</source>
        <translation>驗收確認書 {document} 尚未發出：請先匯出其 PDF；只有已發出的驗收確認書才能簽署後寄回</translation>
    </message>
    <message>
        <source>the file belongs to sign-off {found}, not {document}</source>
        <translation>檔案屬於驗收確認書 {found}，而非 {document}</translation>
    </message>
    <message>
        <source>this file is sign-off {found}, not {document} (milestone {position} of {code})</source>
        <translation>此檔案是驗收確認書 {found}，而非 {document}（{code} 的第 {position} 個里程碑）</translation>
    </message>
    <message>
        <source>the PDF has no digital signature; a copy signed on paper is recorded as a scan</source>
        <translation>PDF 沒有數位簽章；紙本簽署的副本請以掃描件記錄</translation>
    </message>
    <message>
        <source>the signature is damaged and could not be checked</source>
        <translation>簽章已損毀，無法檢查</translation>
    </message>
    <message>
        <source>the signature is broken: the document was changed after it was signed</source>
        <translation>簽章已失效：文件在簽署後遭到變更</translation>
    </message>
    <message>
        <source>the signature does not cover the whole document</source>
        <translation>簽章未涵蓋整份文件</translation>
    </message>
    <message>
        <source>the document was changed after it was signed (more than filling in form fields)</source>
        <translation>文件在簽署後遭到變更（不只是填寫表單欄位）</translation>
    </message>
    <message>
        <source>the document was changed in a way its signer did not allow</source>
        <translation>文件遭到簽署人不允許的方式變更</translation>
    </message>
    <message>
        <source>data was added to the file after it was signed</source>
        <translation>檔案在簽署後被加入了資料</translation>
    </message>
    <message>
        <source>the signed PDF is not built on the copy of {document} we issued (it was regenerated or edited before signing)</source>
        <translation>簽署的 PDF 並非以我們發出的 {document} 副本為基礎（簽署前曾重新產生或編輯）</translation>
    </message>
    <message>
        <source>signed digitally by {signer}; the sign-off is unchanged since we issued it</source>
        <translation>由 {signer} 數位簽署；驗收確認書自發出後未經變更</translation>
    </message>
    <message>
        <source>signed digitally by {signer}; the sign-off is unchanged since we issued it (form fields were filled in after signing)</source>
        <translation>由 {signer} 數位簽署；驗收確認書自發出後未經變更（簽署後填寫了表單欄位）</translation>
    </message>
    <message>
        <source>signed digitally by an unnamed signer; the sign-off is unchanged since we issued it</source>
        <translation>由未具名的簽署人數位簽署；驗收確認書自發出後未經變更</translation>
    </message>
    <message>
        <source>signed digitally by an unnamed signer; the sign-off is unchanged since we issued it (form fields were filled in after signing)</source>
        <translation>由未具名的簽署人數位簽署；驗收確認書自發出後未經變更（簽署後填寫了表單欄位）</translation>
    </message>
    <message>
        <source>scanned copy matched to sign-off {document} by the id in the file; recorded with its hash</source>
        <translation>掃描副本已依檔案中的編號對應到驗收確認書 {document}；已連同雜湊值記錄</translation>
    </message>
    <message>
        <source>scanned copy matched to sign-off {document} by the id typed in; recorded with its hash</source>
        <translation>掃描副本已依輸入的編號對應到驗收確認書 {document}；已連同雜湊值記錄</translation>
    </message>
    <message>
        <source>typed acknowledgement matched to sign-off {document} by the id in the file; recorded with its hash</source>
        <translation>文字確認已依檔案中的編號對應到驗收確認書 {document}；已連同雜湊值記錄</translation>
    </message>
    <message>
        <source>typed acknowledgement matched to sign-off {document} by the id typed in; recorded with its hash</source>
        <translation>文字確認已依輸入的編號對應到驗收確認書 {document}；已連同雜湊值記錄</translation>
    </message>
    <message>
        <source>pages were added to or removed from the sign-off after we issued it</source>
        <translation>驗收確認書發出後遭到增加或移除頁面</translation>
    </message>
    <message>
        <source>the content of page {page} was changed after we issued the sign-off</source>
        <translation>驗收確認書發出後，第 {page} 頁的內容遭到變更</translation>
    </message>
    <message>
        <source>comments or markings were added to page {page} after we issued the sign-off; a comment can carry conditions, so ask the client for a signed copy without comments</source>
        <translation>驗收確認書發出後，第 {page} 頁被加上註解或標記；註解可能附帶條件，請向客戶索取不含註解的簽署副本</translation>
    </message>
    <message>
        <source>a form field we did not place ({field}) was added to the sign-off</source>
        <translation>驗收確認書被加入了一個並非我們設置的表單欄位（{field}）</translation>
    </message>
    <message>
        <source>a signature appearance on page {page} lies outside the signature box, over the sign-off&apos;s content</source>
        <translation>第 {page} 頁的簽章外觀超出簽章框，覆蓋在驗收確認書的內容上</translation>
    </message>
    <message>
        <source>the sign-off was changed after we issued it in a way other than signing it</source>
        <translation>驗收確認書發出後遭到簽署以外的變更</translation>
    </message>
    <message>
        <source>the file is neither a readable PDF nor an image, so it is not a scan</source>
        <translation>檔案既不是可讀取的 PDF 也不是圖片，因此不是掃描副本</translation>
    </message>
    <message>
        <source>the file is neither a readable PDF, an image nor text, so it is not an acknowledgement</source>
        <translation>檔案既不是可讀取的 PDF、圖片，也不是文字，因此不是文字確認</translation>
    </message>
    <message>
        <source>signed digitally by {signer}; the sign-off is unchanged since we issued it (another signature added)</source>
        <translation>由 {signer} 數位簽署；驗收確認書自發出後未經變更（已加入另一個簽章）</translation>
    </message>
    <message>
        <source>signed digitally by an unnamed signer; the sign-off is unchanged since we issued it (another signature added)</source>
        <translation>由未具名的簽署人數位簽署；驗收確認書自發出後未經變更（已加入另一個簽章）</translation>
    </message>
    <message>
        <source>signed digitally by {signer}; the sign-off is unchanged since we issued it (document information updated)</source>
        <translation>由 {signer} 數位簽署；驗收確認書自發出後未經變更（文件資訊已更新）</translation>
    </message>
    <message>
        <source>signed digitally by an unnamed signer; the sign-off is unchanged since we issued it (document information updated)</source>
        <translation>由未具名的簽署人數位簽署；驗收確認書自發出後未經變更（文件資訊已更新）</translation>
    </message>
    <message>
        <source>signed digitally by {signer}; the sign-off is unchanged since we issued it (another signature added; document information updated)</source>
        <translation>由 {signer} 數位簽署；驗收確認書自發出後未經變更（已加入另一個簽章；文件資訊已更新）</translation>
    </message>
    <message>
        <source>signed digitally by an unnamed signer; the sign-off is unchanged since we issued it (another signature added; document information updated)</source>
        <translation>由未具名的簽署人數位簽署；驗收確認書自發出後未經變更（已加入另一個簽章；文件資訊已更新）</translation>
    </message>
    <message>
        <source>scanned copy matched to sign-off {document} by the id in the file; a scan cannot be verified cryptographically; recorded with its hash</source>
        <translation>掃描副本已依檔案中的編號對應到驗收確認書 {document}；掃描副本無法以密碼學方式驗證；已連同雜湊值記錄</translation>
    </message>
    <message>
        <source>scanned copy matched to sign-off {document} by the id typed in; a scan cannot be verified cryptographically; recorded with its hash</source>
        <translation>掃描副本已依輸入的編號對應到驗收確認書 {document}；掃描副本無法以密碼學方式驗證；已連同雜湊值記錄</translation>
    </message>
    <message>
        <source>typed acknowledgement matched to sign-off {document} by the id in the file; it cannot be verified cryptographically; recorded with its hash</source>
        <translation>文字確認已依檔案中的編號對應到驗收確認書 {document}；無法以密碼學方式驗證；已連同雜湊值記錄</translation>
    </message>
    <message>
        <source>typed acknowledgement matched to sign-off {document} by the id typed in; it cannot be verified cryptographically; recorded with its hash</source>
        <translation>文字確認已依輸入的編號對應到驗收確認書 {document}；無法以密碼學方式驗證；已連同雜湊值記錄</translation>
    </message>
    <message>
        <source>signer certificate not checked against a trust list</source>
        <translation>簽署人憑證未經信任清單檢查</translation>
    </message>
    <message>
        <source>signer certificate chains to a trusted root</source>
        <translation>簽署人憑證可追溯至受信任的根憑證</translation>
    </message>
    <message>
        <source>signer certificate is not issued by a trusted authority ({problem})</source>
        <translation>簽署人憑證並非由受信任的機構簽發（{problem}）</translation>
    </message>
    <message>
        <source>signer certificate is not issued by a trusted authority</source>
        <translation>簽署人憑證並非由受信任的機構簽發</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Welcome</source>
        <translation>歡迎</translation>
    </message>
    <message>
        <source>Welcome to Scopekeeper</source>
        <translation>歡迎使用 Scopekeeper</translation>
    </message>
    <message>
        <source>New engagement…</source>
        <translation>新增專案…</translation>
    </message>
    <message>
        <source>New engagement</source>
        <translation>新增專案</translation>
    </message>
    <message>
        <source>Open sample data</source>
        <translation>開啟範例資料</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>儀表板</translation>
    </message>
    <message>
        <source>Open the dashboard</source>
        <translation>開啟儀表板</translation>
    </message>
    <message>
        <source>Ctrl+N creates an engagement, Ctrl+I captures an idea, Ctrl+F filters the list.</source>
        <translation>Ctrl+N 建立專案，Ctrl+I 記錄構想，Ctrl+F 篩選清單。</translation>
    </message>
    <message>
        <source>Scopekeeper</source>
        <translation>Scopekeeper</translation>
    </message>
    <message numerus="yes">
        <source>This database holds %n engagement(s). Choose one on the left, or open the dashboard for the portfolio&apos;s figures and what falls due.</source>
        <translation>
            <numerusform>此資料庫共有 %n 個專案。請在左側選擇一個，或開啟儀表板查看專案組合的金額概況與即將到期的項目。</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan each engagement as a roadmap of billing points with written acceptance criteria. Activate it to lock the scope, review milestones against their criteria, send sign-off PDFs, and divert new client ideas into spin-off engagements.</source>
        <translation>將每個專案規劃為一條由請款節點組成、附有書面驗收標準的路線圖。啟動專案即可鎖定範圍，依驗收標準審查里程碑、寄送驗收確認書 PDF，並將客戶的新構想轉為衍生專案。</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Unexpected error</source>
        <translation>未預期的錯誤</translation>
    </message>
    <message>
        <source>Something went wrong that Scopekeeper did not expect: {0}

Nothing was half-saved: the action was rolled back. The details are in {1}.</source>
        <translation>發生了 Scopekeeper 未預期的問題：{0}

沒有任何資料只儲存一半：此操作已復原。詳細資訊記錄在 {1}。</translation>
    </message>
    <message>
        <source>Database server not reachable</source>
        <translation>無法連線到資料庫伺服器</translation>
    </message>
    <message>
        <source>Database not opened</source>
        <translation>未開啟資料庫</translation>
    </message>
    <message>
        <source>Open another database…</source>
        <translation>開啟其他資料庫…</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>選擇其他檔案…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
</context>
<context>
    <name>connecting</name>
    <message>
        <source>Scopekeeper cannot reach the database server at {0}, port {1} (database {2}): {3}

Check that the server is running and that this computer can reach it (network, VPN), then try again.</source>
        <translation>Scopekeeper 無法連線到資料庫伺服器 {0}（連接埠 {1}，資料庫 {2}）：{3}

請確認伺服器正在執行，且這台電腦能連到它（網路、VPN），然後再試一次。</translation>
    </message>
    <message>
        <source>The server refused the password for {0}.</source>
        <translation>伺服器拒絕了 {0} 的密碼。</translation>
    </message>
    <message>
        <source>The server asks for the password of {0}.</source>
        <translation>伺服器要求輸入 {0} 的密碼。</translation>
    </message>
    <message>
        <source>No password was given for {0}, so it was not opened.</source>
        <translation>未輸入 {0} 的密碼，因此沒有開啟。</translation>
    </message>
    <message>
        <source>The database server did not open {0}: {1}</source>
        <translation>資料庫伺服器未開啟 {0}：{1}</translation>
    </message>
    <message>
        <source>No system keyring is available, so Scopekeeper cannot remember this password; it will ask again next time.</source>
        <translation>系統沒有可用的金鑰圈，Scopekeeper 無法記住此密碼；下次仍會詢問。</translation>
    </message>
    <message>
        <source>{0}, port {1}</source>
        <translation>{0}，連接埠 {1}</translation>
    </message>
    <message>
        <source>its address</source>
        <translation>原位址</translation>
    </message>
    <message>
        <source>Nothing was half-saved: the action was rolled back. Try again once the server is back.</source>
        <translation>沒有任何內容只儲存了一半：此動作已復原。請在伺服器恢復後再試一次。</translation>
    </message>
    <message>
        <source>Database server not reachable</source>
        <translation>無法連線到資料庫伺服器</translation>
    </message>
    <message>
        <source>Scopekeeper lost the database server at {0}: nothing answers there now. Check that the server is running and that this computer can reach it (network, VPN).

{1}</source>
        <translation>Scopekeeper 與資料庫伺服器（{0}）失去連線：那裡目前沒有任何回應。請確認伺服器正在執行，且這台電腦能連到它（網路、VPN）。

{1}</translation>
    </message>
    <message>
        <source>Database connection lost</source>
        <translation>資料庫連線中斷</translation>
    </message>
    <message>
        <source>The connection to the database server at {0} failed: {1}

{2}</source>
        <translation>與資料庫伺服器（{0}）的連線失敗：{1}

{2}</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>&apos;{affix}&apos; stands for {others}, but this amount is in {currency}; enter it without a currency sign, like {example}</source>
        <translation>「{affix}」代表 {others}，但此金額的幣別是 {currency}；請不加貨幣符號輸入，例如 {example}</translation>
    </message>
    <message>
        <source>&apos;{backend}&apos; databases are not supported: use a file path or a postgresql+psycopg:// URL</source>
        <translation>不支援「{backend}」資料庫：請使用檔案路徑或 postgresql+psycopg:// URL</translation>
    </message>
    <message>
        <source>&apos;{character}&apos; cannot appear in an amount; enter it like {example}</source>
        <translation>金額中不能出現「{character}」；請依此格式輸入：{example}</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an ISO 4217 currency code; use three letters such as EUR, USD or JPY</source>
        <translation>「{code}」不是 ISO 4217 幣別代碼；請使用三個字母，例如 EUR、USD 或 JPY</translation>
    </message>
    <message>
        <source>&apos;{folder}&apos; is a file, not a folder</source>
        <translation>「{folder}」是檔案，不是資料夾</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be used as a file name on every system</source>
        <translation>「{name}」無法在所有系統上作為檔案名稱</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a valid file name here; choose another name</source>
        <translation>「{name}」在此不是有效的檔案名稱；請選擇其他名稱</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; cannot be written: the folder or file is read-only, or the file is open in another program; choose another place or close the file</source>
        <translation>無法寫入「{path}」：資料夾或檔案為唯讀，或檔案正在其他程式中開啟；請選擇其他位置或關閉該檔案</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; could not be written: {problem}</source>
        <translation>無法寫入「{path}」：{problem}</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; does not name a file; choose a file name</source>
        <translation>「{path}」不是檔案名稱；請選擇檔案名稱</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is a folder; choose a file name inside it</source>
        <translation>「{path}」是資料夾；請在其中選擇檔案名稱</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is ambiguous here: &apos;{separator}&apos; could separate thousands or decimals; enter it like {example}</source>
        <translation>「{text}」在此有歧義：「{separator}」可能是千位分隔符號或小數點；請依此格式輸入：{example}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number; enter an amount, like {example}</source>
        <translation>「{text}」不是數字；請輸入金額，例如 {example}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a well-formed amount; enter it like {example}</source>
        <translation>「{text}」不是格式正確的金額；請依此格式輸入：{example}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an amount in minor units; expected whole ASCII digits such as 123450, optionally with a leading &apos;-&apos;</source>
        <translation>「{text}」不是以最小貨幣單位表示的金額；應為 ASCII 整數數字，例如 123450，可選擇以「-」開頭</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is too large to be an amount</source>
        <translation>「{text}」過大，不能作為金額</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a database URL ({problem})</source>
        <translation>「{value}」不是資料庫 URL（{problem}）</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date; use YYYY-MM-DD</source>
        <translation>「{value}」不是日期；請使用 YYYY-MM-DD 格式</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a document language; use {languages}</source>
        <translation>「{value}」不是文件語言；請使用 {languages}</translation>
    </message>
    <message>
        <source>[{area}] {problem}</source>
        <translation>[{area}] {problem}</translation>
    </message>
    <message>
        <source>a client called &apos;{name}&apos; already exists</source>
        <translation>已有名為「{name}」的客戶</translation>
    </message>
    <message>
        <source>a client called &apos;{name}&apos; already exists in this database</source>
        <translation>此資料庫已有名為「{name}」的客戶</translation>
    </message>
    <message>
        <source>a client called &apos;{name}&apos; is already in this database with different details or history</source>
        <translation>此資料庫已有名為「{name}」的客戶，但其資料或歷程紀錄不同</translation>
    </message>
    <message>
        <source>a digital signature needs its certificate fingerprint</source>
        <translation>數位簽章需要其憑證指紋</translation>
    </message>
    <message>
        <source>a draft has no forecast yet: change the due date itself while planning</source>
        <translation>草稿尚無預測日期：規劃期間請直接修改到期日</translation>
    </message>
    <message>
        <source>a due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>a field name in {place} holds a character that is not text (an unpaired surrogate)</source>
        <translation>{place} 中的欄位名稱含有非文字字元（未成對的 UTF-16 代理字元）</translation>
    </message>
    <message>
        <source>a milestone can have at most {limit} checklist items</source>
        <translation>一個里程碑最多只能有 {limit} 個檢查項目</translation>
    </message>
    <message>
        <source>a milestone can have at most {limit} criteria</source>
        <translation>一個里程碑最多只能有 {limit} 項標準</translation>
    </message>
    <message>
        <source>a review template called &apos;{name}&apos; already exists in this database</source>
        <translation>此資料庫已有名為「{name}」的審查範本</translation>
    </message>
    <message>
        <source>a review template called &apos;{name}&apos; is already in this database with different details or history</source>
        <translation>此資料庫已有名為「{name}」的審查範本，但其內容或歷程紀錄不同</translation>
    </message>
    <message>
        <source>a review template needs at least one criterion</source>
        <translation>審查範本至少需要一項標準</translation>
    </message>
    <message>
        <source>a template called &apos;{name}&apos; already exists</source>
        <translation>已有名為「{name}」的範本</translation>
    </message>
    <message>
        <source>a verdict names a criterion of another milestone</source>
        <translation>有審查結果指向其他里程碑的標準</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已驗收</translation>
    </message>
    <message>
        <source>activate</source>
        <translation>啟動</translation>
    </message>
    <message>
        <source>active</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>add a milestone</source>
        <translation>新增里程碑</translation>
    </message>
    <message>
        <source>add at least one milestone</source>
        <translation>請至少新增一個里程碑</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>amounts are whole minor units (e.g. cents)</source>
        <translation>金額須為整數的最小貨幣單位（例如分）</translation>
    </message>
    <message>
        <source>amounts cannot be negative</source>
        <translation>金額不能為負數</translation>
    </message>
    <message>
        <source>an amount above zero</source>
        <translation>大於零的金額</translation>
    </message>
    <message>
        <source>an engagement can have at most {limit} milestones</source>
        <translation>一個專案最多只能有 {limit} 個里程碑</translation>
    </message>
    <message>
        <source>an engagement with code {code} already exists</source>
        <translation>代碼為 {code} 的專案已存在</translation>
    </message>
    <message>
        <source>an idea that is {state} cannot be diverted; only captured ideas can</source>
        <translation>「{state}」的構想無法轉為衍生專案；只有已記錄的構想可以</translation>
    </message>
    <message>
        <source>an in-memory database cannot hold your engagements</source>
        <translation>記憶體中的資料庫無法保存您的專案</translation>
    </message>
    <message>
        <source>apply a template to milestone {position}</source>
        <translation>將範本套用到里程碑 {position}</translation>
    </message>
    <message>
        <source>at least one acceptance criterion</source>
        <translation>至少一項驗收標準</translation>
    </message>
    <message>
        <source>backup copies the SQLite file; for a PostgreSQL database use pg_dump (or export-archive --all for a portable archive)</source>
        <translation>backup 會複製 SQLite 檔案；PostgreSQL 資料庫請使用 pg_dump（或以 export-archive --all 取得可攜式封存檔）</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>預算</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>cannot be empty</source>
        <translation>不能為空白</translation>
    </message>
    <message>
        <source>cannot contain spaces; for example {example}</source>
        <translation>不能包含空格；例如 {example}</translation>
    </message>
    <message>
        <source>cannot create the folder for {path}: {problem}</source>
        <translation>無法建立 {path} 所在的資料夾：{problem}</translation>
    </message>
    <message>
        <source>cannot open the database: {problem}</source>
        <translation>無法開啟資料庫：{problem}</translation>
    </message>
    <message>
        <source>cannot read {path}: {problem}</source>
        <translation>無法讀取 {path}：{problem}</translation>
    </message>
    <message>
        <source>cannot write the backup {path}: {problem}</source>
        <translation>無法寫入備份 {path}：{problem}</translation>
    </message>
    <message>
        <source>cannot write {path}: the folder {folder} does not exist</source>
        <translation>無法寫入 {path}：資料夾 {folder} 不存在</translation>
    </message>
    <message>
        <source>cannot {doing}: the scope of {code} is locked since activation. Capture this as an idea instead; ideas can be diverted into a spin-off engagement.</source>
        <translation>無法{doing}：{code} 的範圍自啟動後已鎖定。請改為記錄構想；構想可以轉為衍生專案。</translation>
    </message>
    <message>
        <source>cannot {doing}: {code} is {status}, and its roadmap can no longer change</source>
        <translation>無法{doing}：{code} 為「{status}」，其路線圖已無法再變更</translation>
    </message>
    <message>
        <source>cannot {doing}: {code} is {status}, not active.</source>
        <translation>無法{doing}：{code} 為「{status}」，不是進行中。</translation>
    </message>
    <message>
        <source>cannot {doing}: {code} is {status}, not active. Activate it first.</source>
        <translation>無法{doing}：{code} 為「{status}」，不是進行中。請先啟動專案。</translation>
    </message>
    <message>
        <source>capture an idea</source>
        <translation>記錄構想</translation>
    </message>
    <message>
        <source>captured</source>
        <translation>已記錄</translation>
    </message>
    <message>
        <source>change milestone {position}</source>
        <translation>修改里程碑 {position}</translation>
    </message>
    <message>
        <source>change the engagement&apos;s terms</source>
        <translation>修改專案條款</translation>
    </message>
    <message>
        <source>changes requested</source>
        <translation>要求修改</translation>
    </message>
    <message>
        <source>checklist</source>
        <translation>檢查清單</translation>
    </message>
    <message>
        <source>checklist item {position}</source>
        <translation>檢查項目 {position}</translation>
    </message>
    <message>
        <source>choose A4 or Letter</source>
        <translation>請選擇 A4 或 Letter</translation>
    </message>
    <message>
        <source>choose a currency, such as EUR, USD or JPY</source>
        <translation>請選擇幣別，例如 EUR、USD 或 JPY</translation>
    </message>
    <message>
        <source>choose a milestone first</source>
        <translation>請先選擇一個里程碑</translation>
    </message>
    <message>
        <source>choose a position from 1 to {count}</source>
        <translation>請選擇 1 到 {count} 之間的位置</translation>
    </message>
    <message>
        <source>choose one of {values}</source>
        <translation>請從下列選擇：{values}</translation>
    </message>
    <message>
        <source>client {name}</source>
        <translation>客戶 {name}</translation>
    </message>
    <message>
        <source>close</source>
        <translation>結案</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>confirm deemed acceptance</source>
        <translation>確認視為驗收</translation>
    </message>
    <message>
        <source>confirmation date</source>
        <translation>確認日期</translation>
    </message>
    <message>
        <source>confirmed by</source>
        <translation>確認人</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>contains a broken character at position {position} (an unpaired surrogate, usually left by a bad copy and paste); retype that part</source>
        <translation>在位置 {position} 含有損壞的字元（不成對的代理字元，通常是複製貼上出錯所致）；請重新輸入該部分</translation>
    </message>
    <message>
        <source>contains an invisible byte-order mark (U+FEFF) at position {position}; remove it</source>
        <translation>在位置 {position} 含有不可見的位元組順序標記（U+FEFF）；請移除</translation>
    </message>
    <message>
        <source>contains an invisible control character ({point}) at position {position}; remove it</source>
        <translation>在位置 {position} 含有不可見的控制字元（{point}）；請移除</translation>
    </message>
    <message>
        <source>contains an invisible text-direction control ({point}) at position {position}; remove it, because it can make the text display differently from what is stored</source>
        <translation>在位置 {position} 含有不可見的文字方向控制字元（{point}）；請移除，因為它可能使文字顯示與儲存內容不同</translation>
    </message>
    <message>
        <source>contains {point} at position {position}, which is not a character; remove it</source>
        <translation>在位置 {position} 含有 {point}，這不是有效字元；請移除</translation>
    </message>
    <message>
        <source>criteria</source>
        <translation>驗收標準</translation>
    </message>
    <message>
        <source>criterion {position}</source>
        <translation>驗收標準 {position}</translation>
    </message>
    <message>
        <source>criterion {position} has two verdicts</source>
        <translation>驗收標準 {position} 有兩個審查結果</translation>
    </message>
    <message>
        <source>criterion {position} note</source>
        <translation>驗收標準 {position} 的備註</translation>
    </message>
    <message>
        <source>criterion {position} target</source>
        <translation>驗收標準 {position} 的目標值</translation>
    </message>
    <message>
        <source>criterion {position} waiver reason</source>
        <translation>驗收標準 {position} 的豁免原因</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <source>date raised</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>已婉拒</translation>
    </message>
    <message>
        <source>deemed acceptance</source>
        <translation>視為驗收</translation>
    </message>
    <message>
        <source>deemed-acceptance period</source>
        <translation>視為驗收期限</translation>
    </message>
    <message>
        <source>default currency</source>
        <translation>預設幣別</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>deliverables</source>
        <translation>交付項目</translation>
    </message>
    <message>
        <source>description</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>did not understand &apos;{affix}&apos; in the amount; enter it like {example}</source>
        <translation>無法理解金額中的「{affix}」；請依此格式輸入：{example}</translation>
    </message>
    <message>
        <source>diverted</source>
        <translation>已轉為衍生專案</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>engagement</source>
        <translation>專案</translation>
    </message>
    <message>
        <source>engagement {code} already exists in this database</source>
        <translation>此資料庫已有專案 {code}</translation>
    </message>
    <message>
        <source>engagement {code} is its own ancestor (a parent loop)</source>
        <translation>專案 {code} 成為自己的原專案（衍生關係形成循環）</translation>
    </message>
    <message>
        <source>engagements</source>
        <translation>專案</translation>
    </message>
    <message>
        <source>enter an amount, like {example}</source>
        <translation>請輸入金額，例如 {example}</translation>
    </message>
    <message>
        <source>enter the amount in digits, like {example}</source>
        <translation>請以數字輸入金額，例如 {example}</translation>
    </message>
    <message>
        <source>event {number} does not link to the event before it</source>
        <translation>事件 {number} 未連結到前一個事件</translation>
    </message>
    <message>
        <source>event {number} is listed twice or out of order</source>
        <translation>事件 {number} 重複出現或順序錯亂</translation>
    </message>
    <message>
        <source>event {number} is missing</source>
        <translation>缺少事件 {number}</translation>
    </message>
    <message>
        <source>event {number} was altered after it was written</source>
        <translation>事件 {number} 在寫入後遭到竄改</translation>
    </message>
    <message>
        <source>every criterion needs a verdict; missing: {positions}</source>
        <translation>每項標準都需要審查結果；缺少：{positions}</translation>
    </message>
    <message>
        <source>follow-up date</source>
        <translation>追蹤日期</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>預測日期</translation>
    </message>
    <message>
        <source>give a calendar date (YYYY-MM-DD)</source>
        <translation>請輸入日曆日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>give a due date or clear it, not both</source>
        <translation>請提供到期日或清除它，不能兩者同時</translation>
    </message>
    <message>
        <source>give a follow-up date or clear it, not both</source>
        <translation>請提供追蹤日期或清除它，不能兩者同時</translation>
    </message>
    <message>
        <source>give a whole number of days from 1 to {limit}, or leave it empty</source>
        <translation>請輸入 1 到 {limit} 的整數天數，或留空</translation>
    </message>
    <message>
        <source>give the engagement codes to export, or --all (not both)</source>
        <translation>請提供要匯出的專案代碼，或使用 --all（兩者擇一）</translation>
    </message>
    <message>
        <source>history events of stream {stream} have no stream head</source>
        <translation>歷程串流 {stream} 的事件沒有串流標頭</translation>
    </message>
    <message>
        <source>history stream {stream} already exists in this database</source>
        <translation>此資料庫已有歷程串流 {stream}</translation>
    </message>
    <message>
        <source>ideas</source>
        <translation>構想</translation>
    </message>
    <message>
        <source>ideas from different engagements cannot share one spin-off</source>
        <translation>來自不同專案的構想不能共用同一個衍生專案</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>invoice date</source>
        <translation>開票日期</translation>
    </message>
    <message>
        <source>invoice reference</source>
        <translation>發票編號</translation>
    </message>
    <message>
        <source>invoiced</source>
        <translation>已開票</translation>
    </message>
    <message>
        <source>is not a qualification field ({fields})</source>
        <translation>不是評估欄位（{fields}）</translation>
    </message>
    <message>
        <source>is not a setting</source>
        <translation>不是設定項目</translation>
    </message>
    <message>
        <source>is too large; the largest amount accepted is {limit}</source>
        <translation>過大；可接受的最大金額為 {limit}</translation>
    </message>
    <message>
        <source>is too long to be an amount</source>
        <translation>過長，不能作為金額</translation>
    </message>
    <message>
        <source>is too long: {length} characters, at most {limit} are allowed</source>
        <translation>過長：{length} 個字元，最多允許 {limit} 個</translation>
    </message>
    <message>
        <source>issue a sign-off</source>
        <translation>開立驗收確認書</translation>
    </message>
    <message>
        <source>its roadmap holds a value of the wrong kind (not text where text belongs), so it cannot be compared with baseline v1</source>
        <translation>其路線圖含有類型錯誤的值（應為文字之處不是文字），因此無法與基準線 v1 比較</translation>
    </message>
    <message>
        <source>language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>標誌</translation>
    </message>
    <message>
        <source>mark as invoiced</source>
        <translation>標記為已開票</translation>
    </message>
    <message>
        <source>mark as paid</source>
        <translation>標記為已付款</translation>
    </message>
    <message>
        <source>may use only letters A-Z, digits and hyphens, not starting with a hyphen; for example {example}</source>
        <translation>只能使用 A-Z 字母、數字和連字號，且不能以連字號開頭；例如 {example}</translation>
    </message>
    <message>
        <source>method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>milestone {position}</source>
        <translation>里程碑 {position}</translation>
    </message>
    <message>
        <source>milestone {position} &apos;{title}&apos; is {state}: the client has accepted its work, so its due date is history and its forecast no longer moves. Only a milestone not yet accepted (planned, in progress, submitted, changes requested) has a forecast to move</source>
        <translation>里程碑 {position}「{title}」為「{state}」：客戶已驗收其成果，因此到期日已成歷史，預測日期不再調整。只有尚未驗收的里程碑（已規劃、進行中、已提交、要求修改）才有可調整的預測日期</translation>
    </message>
    <message>
        <source>milestone {position} &apos;{title}&apos; is {state}; a sign-off is issued once the client has accepted it</source>
        <translation>里程碑 {position}「{title}」為「{state}」；客戶驗收後才會開立驗收確認書</translation>
    </message>
    <message>
        <source>milestone {position} &apos;{title}&apos; is {state}; it can only move to: {next}. It cannot become {target}.</source>
        <translation>里程碑 {position}「{title}」為「{state}」，只能變更為：{next}。無法變更為「{target}」。</translation>
    </message>
    <message>
        <source>milestone {position} &apos;{title}&apos; is {state}; only a submitted milestone can be reviewed. It can only move to: {next}.</source>
        <translation>里程碑 {position}「{title}」為「{state}」；只有已提交的里程碑可以審查。它只能變更為：{next}。</translation>
    </message>
    <message>
        <source>milestone {position} &apos;{title}&apos; needs {missing}</source>
        <translation>里程碑 {position}「{title}」缺少：{missing}</translation>
    </message>
    <message>
        <source>milestone {position} is not past a deemed-acceptance period</source>
        <translation>里程碑 {position} 尚未超過視為驗收期限</translation>
    </message>
    <message>
        <source>milestone {position} of {code} is {state}; a sign-off exists only once a review round has accepted it</source>
        <translation>{code} 的里程碑 {position} 為「{state}」；審查回合驗收後才會有驗收確認書</translation>
    </message>
    <message>
        <source>move a forecast</source>
        <translation>調整預測日期</translation>
    </message>
    <message>
        <source>must be a single line; remove the line break</source>
        <translation>必須是單行；請移除換行</translation>
    </message>
    <message>
        <source>must contain exactly one &apos;@&apos;; for example {example}</source>
        <translation>必須恰好包含一個「@」；例如 {example}</translation>
    </message>
    <message>
        <source>must not contain a tab (at position {position}); use spaces instead</source>
        <translation>不能包含定位字元（位置 {position}）；請改用空格</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>name at least one engagement code to export</source>
        <translation>請至少指定一個要匯出的專案代碼</translation>
    </message>
    <message>
        <source>needs a domain such as example.com after the &apos;@&apos;; for example {example}</source>
        <translation>「@」後面需要網域，例如 example.com；例如 {example}</translation>
    </message>
    <message>
        <source>needs a name before the &apos;@&apos;; for example {example}</source>
        <translation>「@」前面需要名稱；例如 {example}</translation>
    </message>
    <message>
        <source>needs at least 2 characters; for example {example}</source>
        <translation>至少需要 2 個字元；例如 {example}</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>無回應</translation>
    </message>
    <message>
        <source>not verified: {reason}. Nothing was recorded.</source>
        <translation>未通過驗證：{reason}。未記錄任何內容。</translation>
    </message>
    <message>
        <source>nothing (it is finished)</source>
        <translation>無（已完成）</translation>
    </message>
    <message>
        <source>objective {position}</source>
        <translation>目標 {position}</translation>
    </message>
    <message>
        <source>objective {position} measure</source>
        <translation>目標 {position} 的衡量方式</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>紙張大小</translation>
    </message>
    <message>
        <source>parked</source>
        <translation>暫緩</translation>
    </message>
    <message>
        <source>payment date</source>
        <translation>付款日期</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>已規劃</translation>
    </message>
    <message>
        <source>position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>優先順序</translation>
    </message>
    <message>
        <source>raised by</source>
        <translation>提出人</translation>
    </message>
    <message>
        <source>raised on</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>record a review</source>
        <translation>記錄審查</translation>
    </message>
    <message>
        <source>record a signed copy</source>
        <translation>記錄已簽署副本</translation>
    </message>
    <message>
        <source>remove milestone {position}</source>
        <translation>移除里程碑 {position}</translation>
    </message>
    <message>
        <source>reorder milestones</source>
        <translation>調整里程碑順序</translation>
    </message>
    <message>
        <source>review date</source>
        <translation>審查日期</translation>
    </message>
    <message>
        <source>review round</source>
        <translation>審查回合</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>審查人</translation>
    </message>
    <message>
        <source>roadmap</source>
        <translation>路線圖</translation>
    </message>
    <message>
        <source>scientific notation such as &apos;1e3&apos; is not accepted; write all the digits, like {example}</source>
        <translation>不接受「1e3」這類科學記號；請寫出所有數字，例如 {example}</translation>
    </message>
    <message>
        <source>select at least one idea to decline</source>
        <translation>請至少選擇一個要婉拒的構想</translation>
    </message>
    <message>
        <source>select at least one idea to divert</source>
        <translation>請至少選擇一個要轉為衍生專案的構想</translation>
    </message>
    <message>
        <source>select at least one idea to park</source>
        <translation>請至少選擇一個要暫緩的構想</translation>
    </message>
    <message>
        <source>settings appear only in an archive of the whole database</source>
        <translation>設定只會出現在整個資料庫的封存檔中</translation>
    </message>
    <message>
        <source>sign-off document {document} already exists in this database</source>
        <translation>此資料庫已有驗收確認書 {document}</translation>
    </message>
    <message>
        <source>signature date</source>
        <translation>簽署日期</translation>
    </message>
    <message>
        <source>signed copy</source>
        <translation>已簽署副本</translation>
    </message>
    <message>
        <source>signed off</source>
        <translation>已簽核</translation>
    </message>
    <message>
        <source>signer</source>
        <translation>簽署人</translation>
    </message>
    <message>
        <source>someone else changed this record since you opened it; reload to see their change, then try again</source>
        <translation>此記錄在您開啟後已被其他人修改；請重新載入以查看變更，然後再試一次</translation>
    </message>
    <message>
        <source>someone else was changing the same records at the same moment; nothing was saved. Reload to see their change, then try again</source>
        <translation>其他人正在同時修改相同的記錄；未儲存任何內容。請重新載入以查看變更，然後再試一次</translation>
    </message>
    <message>
        <source>source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>開始日期</translation>
    </message>
    <message>
        <source>start work</source>
        <translation>開始執行</translation>
    </message>
    <message>
        <source>submission date</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <source>submit for review</source>
        <translation>提交審查</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>target end date</source>
        <translation>目標結束日期</translation>
    </message>
    <message>
        <source>template</source>
        <translation>範本</translation>
    </message>
    <message>
        <source>that amount is too large</source>
        <translation>金額過大</translation>
    </message>
    <message>
        <source>that engagement no longer exists</source>
        <translation>該專案已不存在</translation>
    </message>
    <message>
        <source>that idea no longer exists; reload the backlog</source>
        <translation>該構想已不存在；請重新載入構想清單</translation>
    </message>
    <message>
        <source>that milestone no longer exists; reload the engagement</source>
        <translation>該里程碑已不存在；請重新載入專案</translation>
    </message>
    <message>
        <source>that review round belongs to another engagement</source>
        <translation>該審查回合屬於其他專案</translation>
    </message>
    <message>
        <source>that sign-off no longer exists</source>
        <translation>該驗收確認書已不存在</translation>
    </message>
    <message>
        <source>the archive header</source>
        <translation>封存檔標頭</translation>
    </message>
    <message>
        <source>the archive scope {scope} is unknown</source>
        <translation>未知的封存檔範圍 {scope}</translation>
    </message>
    <message>
        <source>the archive version {version} is unknown</source>
        <translation>未知的封存檔版本 {version}</translation>
    </message>
    <message>
        <source>the archive was made by a newer Scopekeeper (archive version {version}); this one reads version {readable}. Install the newer version to import it</source>
        <translation>此封存檔由較新版的 Scopekeeper 建立（封存檔版本 {version}）；此版本只能讀取版本 {readable}。請安裝較新版本後再匯入</translation>
    </message>
    <message>
        <source>the archive was refused: {problems} (and {more} more). Nothing was imported</source>
        <translation>已拒絕此封存檔：{problems}（另有 {more} 項）。未匯入任何內容</translation>
    </message>
    <message>
        <source>the archive was refused: {problems}. Nothing was imported</source>
        <translation>已拒絕此封存檔：{problems}。未匯入任何內容</translation>
    </message>
    <message>
        <source>the archive was refused: {reason}. Nothing was imported</source>
        <translation>已拒絕此封存檔：{reason}。未匯入任何內容</translation>
    </message>
    <message>
        <source>the backup cannot overwrite the database it copies</source>
        <translation>備份不能覆寫其所複製的資料庫</translation>
    </message>
    <message>
        <source>the connection to the database server was lost (the server stopped or restarted, or the network went away); nothing was saved. Try again once the server is back</source>
        <translation>與資料庫伺服器的連線中斷（伺服器已停止或重新啟動，或網路已中斷）；未儲存任何內容。請待伺服器恢復後再試一次</translation>
    </message>
    <message>
        <source>the connection to the database server was lost while saving; the change may or may not have been saved. Reload to check before trying again</source>
        <translation>儲存時與資料庫伺服器的連線中斷；變更可能已儲存，也可能沒有。請重新載入確認後再試</translation>
    </message>
    <message>
        <source>the database could not complete the command ({problem}); nothing was saved</source>
        <translation>資料庫無法完成此命令（{problem}）；未儲存任何內容</translation>
    </message>
    <message>
        <source>the database file cannot be opened (was it moved, or its folder made inaccessible?); nothing was saved</source>
        <translation>無法開啟資料庫檔案（是否已被移動，或其資料夾無法存取？）；未儲存任何內容</translation>
    </message>
    <message>
        <source>the database file cannot be written (it, its folder or its disk is read-only); nothing was saved</source>
        <translation>無法寫入資料庫檔案（檔案本身、其資料夾或磁碟為唯讀）；未儲存任何內容</translation>
    </message>
    <message>
        <source>the database file is damaged or is not a database; nothing was saved</source>
        <translation>資料庫檔案已損壞或不是資料庫；未儲存任何內容</translation>
    </message>
    <message>
        <source>the database file is damaged; nothing was saved. Restore it from a backup (Scopekeeper keeps one before every upgrade)</source>
        <translation>資料庫檔案已損壞；未儲存任何內容。請從備份還原（Scopekeeper 每次升級前都會保留一份）</translation>
    </message>
    <message>
        <source>the database is busy: another program has been writing to it for more than 10 seconds (another Scopekeeper, a backup or a synchronisation tool?); nothing was saved. Try again once it has finished</source>
        <translation>資料庫忙碌中：另一個程式已寫入超過 10 秒（另一個 Scopekeeper、備份或同步工具？）；未儲存任何內容。請待其完成後再試一次</translation>
    </message>
    <message>
        <source>the database refused the archive ({reason}). Nothing was imported</source>
        <translation>資料庫拒絕了此封存檔（{reason}）。未匯入任何內容</translation>
    </message>
    <message>
        <source>the database refused the change as inconsistent ({problem}); nothing was saved</source>
        <translation>資料庫以資料不一致為由拒絕此變更（{problem}）；未儲存任何內容</translation>
    </message>
    <message>
        <source>the database server accepts no changes (it is a read-only copy); nothing was saved</source>
        <translation>資料庫伺服器不接受變更（這是唯讀副本）；未儲存任何內容</translation>
    </message>
    <message>
        <source>the database server accepts no more connections just now; nothing was saved. Try again in a moment</source>
        <translation>資料庫伺服器目前不接受更多連線；未儲存任何內容。請稍後再試</translation>
    </message>
    <message>
        <source>the database server cancelled the command (it took too long); nothing was saved</source>
        <translation>資料庫伺服器已取消此命令（耗時過久）；未儲存任何內容</translation>
    </message>
    <message>
        <source>the database server cannot be reached ({problem}); nothing was saved. Try again once it is back</source>
        <translation>無法連線至資料庫伺服器（{problem}）；未儲存任何內容。請待其恢復後再試一次</translation>
    </message>
    <message>
        <source>the database server does not allow this for your account ({problem}); nothing was saved</source>
        <translation>資料庫伺服器不允許您的帳號執行此操作（{problem}）；未儲存任何內容</translation>
    </message>
    <message>
        <source>the database server ran out of memory; nothing was saved. Try again in a moment</source>
        <translation>資料庫伺服器記憶體不足；未儲存任何內容。請稍後再試</translation>
    </message>
    <message>
        <source>the database server&apos;s disk is full; nothing was saved. Ask the server&apos;s administrator to free some space</source>
        <translation>資料庫伺服器的磁碟已滿；未儲存任何內容。請要求伺服器管理員釋放空間</translation>
    </message>
    <message>
        <source>the disk holding &apos;{folder}&apos; is full; free some space and try again</source>
        <translation>存放「{folder}」的磁碟已滿；請釋放空間後再試一次</translation>
    </message>
    <message>
        <source>the disk holding the database is full; nothing was saved. Free some space, then try again</source>
        <translation>存放資料庫的磁碟已滿；未儲存任何內容。請釋放空間後再試一次</translation>
    </message>
    <message>
        <source>the disk holding the database reported an error while reading or writing; nothing was saved. Check the disk, then try again</source>
        <translation>存放資料庫的磁碟在讀寫時回報錯誤；未儲存任何內容。請檢查磁碟後再試一次</translation>
    </message>
    <message>
        <source>the file contains {name}, which no archive holds</source>
        <translation>檔案含有 {name}，封存檔不會包含此內容</translation>
    </message>
    <message>
        <source>the file holds a number far too long for any field of an archive (line {line}, column {column}); it was damaged or written by another program</source>
        <translation>檔案含有一個過長的數字，不屬於封存檔的任何欄位（第 {line} 行，第 {column} 欄）；檔案已損壞或由其他程式寫入</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte {byte}); it is not an archive</source>
        <translation>檔案不是 UTF-8 文字（位元組 {byte}）；不是封存檔</translation>
    </message>
    <message>
        <source>the file is not a Scopekeeper archive (its format is not &apos;{format}&apos;)</source>
        <translation>此檔案不是 Scopekeeper 封存檔（格式不是「{format}」）</translation>
    </message>
    <message>
        <source>the file is not a Scopekeeper archive (no archive header)</source>
        <translation>此檔案不是 Scopekeeper 封存檔（沒有封存檔標頭）</translation>
    </message>
    <message>
        <source>the file is not valid JSON (line {line}, column {column}: {problem}); it may be truncated or damaged</source>
        <translation>檔案不是有效的 JSON（第 {line} 行第 {column} 欄：{problem}）；可能已截斷或損壞</translation>
    </message>
    <message>
        <source>the file name &apos;{name}&apos; contains characters that are not allowed: {shown}</source>
        <translation>檔案名稱「{name}」含有不允許的字元：{shown}</translation>
    </message>
    <message>
        <source>the file name &apos;{name}…&apos; is too long; shorten it</source>
        <translation>檔案名稱「{name}…」過長；請縮短</translation>
    </message>
    <message>
        <source>the file nests JSON too deeply to be an archive</source>
        <translation>檔案的 JSON 巢狀層級過深，不可能是封存檔</translation>
    </message>
    <message>
        <source>the folder &apos;{folder}&apos; does not exist (any more); choose another place</source>
        <translation>資料夾「{folder}」不存在（或已不存在）；請選擇其他位置</translation>
    </message>
    <message>
        <source>the folder &apos;{folder}&apos; does not exist; choose another place</source>
        <translation>資料夾「{folder}」不存在；請選擇其他位置</translation>
    </message>
    <message>
        <source>the history of client &apos;{name}&apos;</source>
        <translation>客戶「{name}」的歷程紀錄</translation>
    </message>
    <message>
        <source>the history of template &apos;{name}&apos;</source>
        <translation>審查範本「{name}」的歷程紀錄</translation>
    </message>
    <message>
        <source>the history of {code}</source>
        <translation>{code} 的歷程紀錄</translation>
    </message>
    <message>
        <source>the idea</source>
        <translation>此構想</translation>
    </message>
    <message>
        <source>the idea “{label}”</source>
        <translation>構想「{label}」</translation>
    </message>
    <message>
        <source>the key &apos;{key}&apos; appears twice in one object</source>
        <translation>鍵「{key}」在同一個物件中出現兩次</translation>
    </message>
    <message>
        <source>the logo could not be read</source>
        <translation>無法讀取標誌</translation>
    </message>
    <message>
        <source>the logo is larger than 2 MB; use a smaller image</source>
        <translation>標誌大於 2 MB；請使用較小的圖片</translation>
    </message>
    <message>
        <source>the logo must be a PNG image</source>
        <translation>標誌必須是 PNG 圖片</translation>
    </message>
    <message>
        <source>the method must be digital, scan or typed</source>
        <translation>方式必須是 digital、scan 或 typed</translation>
    </message>
    <message>
        <source>the name &apos;{path}&apos; is too long; shorten the file or folder name</source>
        <translation>名稱「{path}」過長；請縮短檔案或資料夾名稱</translation>
    </message>
    <message>
        <source>the records are being changed by someone else just now; nothing was saved. Try again in a moment</source>
        <translation>其他人目前正在修改這些記錄；未儲存任何內容。請稍後再試</translation>
    </message>
    <message>
        <source>the review ({review}) cannot be before the submission ({submission})</source>
        <translation>審查（{review}）不能早於提交（{submission}）</translation>
    </message>
    <message>
        <source>the reviewer must be a contact of the client</source>
        <translation>審查人必須是客戶的聯絡人</translation>
    </message>
    <message>
        <source>the sample data is already in this database ({found}); open a new database to load it again</source>
        <translation>此資料庫已有範例資料（{found}）；請開啟新的資料庫再重新載入</translation>
    </message>
    <message>
        <source>the setting &apos;{key}&apos; already has another value here</source>
        <translation>設定「{key}」在此已有其他值</translation>
    </message>
    <message>
        <source>the sign-off cannot be signed on {signed}, before the review that accepted it ({accepted})</source>
        <translation>驗收確認書不能簽署於 {signed}，早於驗收它的審查（{accepted}）</translation>
    </message>
    <message>
        <source>the target end ({end}) is before the start ({start})</source>
        <translation>目標結束日（{end}）早於開始日（{start}）</translation>
    </message>
    <message>
        <source>the verdict must be met, not met or waived</source>
        <translation>審查結果必須是符合、不符合或豁免</translation>
    </message>
    <message>
        <source>there is no client &apos;{key}&apos;</source>
        <translation>沒有客戶「{key}」</translation>
    </message>
    <message>
        <source>there is no engagement &apos;{key}&apos;</source>
        <translation>沒有專案「{key}」</translation>
    </message>
    <message>
        <source>there is no engagement {codes}</source>
        <translation>沒有專案 {codes}</translation>
    </message>
    <message>
        <source>there is no review template &apos;{key}&apos;</source>
        <translation>沒有審查範本「{key}」</translation>
    </message>
    <message>
        <source>this amount is in {currency}, not {other}; enter it like {example}</source>
        <translation>此金額的幣別是 {currency}，不是 {other}；請依此格式輸入：{example}</translation>
    </message>
    <message>
        <source>title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>verdicts</source>
        <translation>審查結果</translation>
    </message>
    <message>
        <source>{code} amounts have at most {places} decimal places, but &apos;{text}&apos; has {digits} after the decimal separator &apos;{separator}&apos;</source>
        <translation>{code} 金額最多 {places} 位小數，但「{text}」在小數點「{separator}」後有 {digits} 位</translation>
    </message>
    <message>
        <source>{code} amounts have no decimal places, but &apos;{text}&apos; has {digits} after the decimal separator &apos;{separator}&apos;</source>
        <translation>{code} 金額沒有小數位，但「{text}」在小數點「{separator}」後有 {digits} 位</translation>
    </message>
    <message>
        <source>{code} cannot be activated yet: {problems}</source>
        <translation>{code} 尚無法啟動：{problems}</translation>
    </message>
    <message>
        <source>{code} cannot be closed: milestones not yet accepted: {milestones}</source>
        <translation>{code} 無法結案：尚未驗收的里程碑：{milestones}</translation>
    </message>
    <message>
        <source>{code} cannot be deleted: ideas were captured in it or diverted into it, and they stay on record. Cancel the draft instead</source>
        <translation>{code} 無法刪除：有構想在其中記錄或轉入，這些構想會保留在記錄中。請改為取消草稿</translation>
    </message>
    <message>
        <source>{code} cannot be deleted: {spinoff} was spun off from it. Cancel the draft instead</source>
        <translation>{code} 無法刪除：{spinoff} 是由它衍生的專案。請改為取消草稿</translation>
    </message>
    <message>
        <source>{code} has no milestone {position} (it has {count})</source>
        <translation>{code} 沒有里程碑 {position}（共有 {count} 個）</translation>
    </message>
    <message>
        <source>{code} is cancelled; capture the idea elsewhere</source>
        <translation>{code} 已取消；請在其他專案中記錄此構想</translation>
    </message>
    <message>
        <source>{code} is {status}; only a draft can be activated</source>
        <translation>{code} 為「{status}」；只有草稿可以啟動</translation>
    </message>
    <message>
        <source>{code} is {status}; only a draft can be deleted. An engagement that has started is cancelled, never deleted, so its history stays whole</source>
        <translation>{code} 為「{status}」；只有草稿可以刪除。已開始的專案只能取消、不能刪除，以保留完整歷程</translation>
    </message>
    <message>
        <source>{code} is {status}; only a draft or active engagement can be cancelled</source>
        <translation>{code} 為「{status}」；只有草稿或進行中的專案可以取消</translation>
    </message>
    <message>
        <source>{code} is {status}; only an active one can be closed</source>
        <translation>{code} 為「{status}」；只有進行中的專案可以結案</translation>
    </message>
    <message>
        <source>{code} milestone {position}</source>
        <translation>{code} 里程碑 {position}</translation>
    </message>
    <message>
        <source>{code} milestone {position}, review round {number}</source>
        <translation>{code} 里程碑 {position}，審查回合 {number}</translation>
    </message>
    <message>
        <source>{code} milestone {position}, sign-off {document}</source>
        <translation>{code} 里程碑 {position}，驗收確認書 {document}</translation>
    </message>
    <message>
        <source>{code}: the idea &apos;{idea}&apos;</source>
        <translation>{code}：構想「{idea}」</translation>
    </message>
    <message>
        <source>{code}: the position of the milestone &apos;{title}&apos; is not a whole number: {value}</source>
        <translation>{code}：里程碑「{title}」的位置不是整數：{value}</translation>
    </message>
    <message>
        <source>{code}: the status {value} is not one the application knows</source>
        <translation>{code}：狀態 {value} 不是應用程式認得的狀態</translation>
    </message>
    <message>
        <source>{code}: {detail}</source>
        <translation>{code}：{detail}</translation>
    </message>
    <message>
        <source>{database} holds tables that are not Scopekeeper&apos;s; it was left untouched</source>
        <translation>{database} 含有不屬於 Scopekeeper 的資料表；未做任何更動</translation>
    </message>
    <message>
        <source>{database} was written by a newer version of Scopekeeper (schema {revision}); install the newer version to open it. The file was left untouched.</source>
        <translation>{database} 由較新版的 Scopekeeper 寫入（結構描述 {revision}）；請安裝較新版本後再開啟。檔案未做任何更動。</translation>
    </message>
    <message>
        <source>{day} is outside the dates Scopekeeper accepts ({range})</source>
        <translation>{day} 超出 Scopekeeper 可接受的日期範圍（{range}）</translation>
    </message>
    <message>
        <source>{earliest} to {latest}</source>
        <translation>{earliest} 至 {latest}</translation>
    </message>
    <message>
        <source>{field}: {detail}</source>
        <translation>{field}：{detail}</translation>
    </message>
    <message>
        <source>{name} cannot be removed: {reason}</source>
        <translation>無法移除 {name}：{reason}</translation>
    </message>
    <message>
        <source>{name} has no such contact any more; reload the client</source>
        <translation>{name} 已沒有此聯絡人；請重新載入客戶</translation>
    </message>
    <message>
        <source>{name} is the client&apos;s signatory on sign-off {document}; the contact stays while a sign-off names them</source>
        <translation>{name} 是驗收確認書 {document} 的客戶簽署人；只要有驗收確認書列出此人，聯絡人就會保留</translation>
    </message>
    <message>
        <source>{name} is the reviewer of round {number} of {code} milestone {position}; the review record must keep naming them</source>
        <translation>{name} 是 {code} 里程碑 {position} 第 {number} 輪審查的審查人；審查記錄必須保留此姓名</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} 不存在</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file</source>
        <translation>{path} 是資料夾，不是資料庫檔案</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation>{path} 是資料夾，不是檔案</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name for the backup</source>
        <translation>{path} 是資料夾；請為備份指定檔案名稱</translation>
    </message>
    <message>
        <source>{path} is an SQLite file of another application, not a Scopekeeper database; it was left untouched</source>
        <translation>{path} 是其他應用程式的 SQLite 檔案，不是 Scopekeeper 資料庫；檔案未做任何更動</translation>
    </message>
    <message>
        <source>{path} is an empty file, not a Scopekeeper database; it was left untouched</source>
        <translation>{path} 是空白檔案，不是 Scopekeeper 資料庫；檔案未做任何更動</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}); restore it from a backup. It was left untouched</source>
        <translation>{path} 已損壞（{problem}）；請從備份還原。檔案未做任何更動</translation>
    </message>
    <message>
        <source>{path} is not a Scopekeeper database (not an SQLite file); it was left untouched</source>
        <translation>{path} 不是 Scopekeeper 資料庫（不是 SQLite 檔案）；檔案未做任何更動</translation>
    </message>
    <message>
        <source>{path} is too large ({size} bytes; at most {limit})</source>
        <translation>{path} 過大（{size} 位元組；最多 {limit}）</translation>
    </message>
    <message>
        <source>{path} is truncated ({size} bytes, the header promises {expected}); restore it from a backup. It was left untouched</source>
        <translation>{path} 不完整（{size} 位元組，標頭標示應有 {expected}）；請從備份還原。檔案未做任何更動</translation>
    </message>
    <message>
        <source>{path} is truncated; it was left untouched</source>
        <translation>{path} 不完整（遭截斷）；檔案未做任何更動</translation>
    </message>
    <message>
        <source>{path} needs an upgrade, and the backup made first could not be written to {folder} ({reason}); the database was left untouched. Free some space there, or make its folder writable, then open it again</source>
        <translation>{path} 需要升級，但無法將事先建立的備份寫入 {folder}（{reason}）；資料庫未做任何更動。請釋放該處空間或讓該資料夾可寫入，然後再開啟一次</translation>
    </message>
    <message>
        <source>{place} does not match its SHA-256 ({digest})</source>
        <translation>{place} 與其 SHA-256 指紋（{digest}）不符</translation>
    </message>
    <message>
        <source>{place} has unknown field(s) {fields}</source>
        <translation>{place} 含有未知欄位：{fields}</translation>
    </message>
    <message>
        <source>{place} holds a NUL character (U+0000), which is not text; the file was damaged or written by another program</source>
        <translation>{place} 含有 NUL 字元（U+0000），這不是文字；檔案已損壞或由其他程式寫入</translation>
    </message>
    <message>
        <source>{place} holds a character that is not text (an unpaired surrogate, U+{code}); the file was damaged or written by another program</source>
        <translation>{place} 含有非文字字元（未成對的 UTF-16 代理字元，U+{code}）；檔案已損壞或由其他程式寫入</translation>
    </message>
    <message>
        <source>{place} is a built-in template, which is never archived</source>
        <translation>{place} 是內建審查範本，內建範本不會封存</translation>
    </message>
    <message>
        <source>{place} is a whole number too large for any field of an archive ({digits} digits); the file was damaged or written by another program</source>
        <translation>{place} 是整數，但對封存檔的任何欄位而言都太大（{digits} 位數）；檔案已損壞，或由其他程式寫入</translation>
    </message>
    <message>
        <source>{place} is missing a value (null is not allowed)</source>
        <translation>{place} 缺少值（不允許 null）</translation>
    </message>
    <message>
        <source>{place} is not valid base64</source>
        <translation>{place} 不是有效的 base64</translation>
    </message>
    <message>
        <source>{place} lacks {fields}</source>
        <translation>{place} 缺少 {fields}</translation>
    </message>
    <message>
        <source>{place} must be a list</source>
        <translation>{place} 必須是清單</translation>
    </message>
    <message>
        <source>{place} must be a string</source>
        <translation>{place} 必須是字串</translation>
    </message>
    <message>
        <source>{place} must be a whole number</source>
        <translation>{place} 必須是整數</translation>
    </message>
    <message>
        <source>{place} must be an object</source>
        <translation>{place} 必須是物件</translation>
    </message>
    <message>
        <source>{place} must be true or false</source>
        <translation>{place} 必須是 true 或 false</translation>
    </message>
    <message>
        <source>{place} refers to {table} {value}, which is neither in the archive nor in this database (import its parent engagement first)</source>
        <translation>{place} 參照的 {table} {value} 既不在封存檔中，也不在此資料庫中（請先匯入其原專案）</translation>
    </message>
    <message>
        <source>{place} refers to {table} {value}, which is not in the archive</source>
        <translation>{place} 參照的 {table} {value} 不在封存檔中</translation>
    </message>
    <message>
        <source>{place} repeats id={id}, which must be unique</source>
        <translation>{place} 重複了 id={id}，此值只能出現一次</translation>
    </message>
    <message>
        <source>{place} repeats {values}, which must be unique</source>
        <translation>{place} 重複了 {values}，此值只能出現一次</translation>
    </message>
    <message>
        <source>{place}: &apos;{value}&apos; is not a UTC timestamp in the form YYYY-MM-DDTHH:MM:SSZ</source>
        <translation>{place}：「{value}」不是 YYYY-MM-DDTHH:MM:SSZ 格式的 UTC 時間戳記</translation>
    </message>
    <message>
        <source>{place}: &apos;{value}&apos; is not a date in the form YYYY-MM-DD</source>
        <translation>{place}：「{value}」不是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>{place}: &apos;{value}&apos; is not one of {allowed}</source>
        <translation>{place}：「{value}」不是允許的值（{allowed}）</translation>
    </message>
    <message>
        <source>{place}: an amount cannot be negative (&apos;{value}&apos;)</source>
        <translation>{place}：金額不能為負數（「{value}」）</translation>
    </message>
    <message>
        <source>{place}: the snapshot does not match its fingerprint</source>
        <translation>{place}：快照與其指紋不符</translation>
    </message>
    <message>
        <source>{place}: the stream &apos;{stream}&apos; is not archived</source>
        <translation>{place}：歷程串流「{stream}」不會封存</translation>
    </message>
    <message>
        <source>{place}: {stream} belongs to no {table} of the archive</source>
        <translation>{place}：{stream} 不屬於封存檔中的任何 {table}</translation>
    </message>
    <message>
        <source>{position} ({state})</source>
        <translation>{position}（{state}）</translation>
    </message>
    <message>
        <source>{problems}; and {more} more</source>
        <translation>{problems}；另有 {more} 項</translation>
    </message>
    <message>
        <source>{problem} (remove the extra zeros)</source>
        <translation>{problem}（請移除多餘的零）</translation>
    </message>
    <message>
        <source>{reason}, so none of the {count} ideas was declined</source>
        <translation>{reason}，因此 {count} 個構想都未婉拒</translation>
    </message>
    <message>
        <source>{reason}, so none of the {count} ideas was parked</source>
        <translation>{reason}，因此 {count} 個構想都未暫緩</translation>
    </message>
    <message>
        <source>{reason}. Nothing was imported</source>
        <translation>{reason}。未匯入任何內容</translation>
    </message>
    <message>
        <source>{stream}: the stream head does not match its last event</source>
        <translation>{stream}：串流標頭與其最後一個事件不符</translation>
    </message>
    <message>
        <source>{stream}: {reason}</source>
        <translation>{stream}：{reason}</translation>
    </message>
    <message>
        <source>{table} {id} already exists in this database</source>
        <translation>此資料庫已有 {table} {id}</translation>
    </message>
    <message>
        <source>{what} is already {state}; only a captured idea can be declined</source>
        <translation>{what}已是「{state}」；只有已記錄的構想可以婉拒</translation>
    </message>
    <message>
        <source>{what} is already {state}; only a captured idea can be parked</source>
        <translation>{what}已是「{state}」；只有已記錄的構想可以暫緩</translation>
    </message>
    <message>
        <source>{what} is {state}; only a captured idea can be edited</source>
        <translation>{what}為「{state}」；只有已記錄的構想可以編輯</translation>
    </message>
    <message>
        <source>{what} was changed by someone else since you opened it; reload to see their change, then try again</source>
        <translation>{what}在您開啟後已被其他人修改；請重新載入以查看變更，然後再試一次</translation>
    </message>
    <message>
        <source>{where}: the amount {value} is not a whole number of cents</source>
        <translation>{where}：金額 {value} 不是以分為單位的整數</translation>
    </message>
    <message>
        <source>{where}: the number of a review round is not a whole number: {value}</source>
        <translation>{where}：審查回合的編號不是整數：{value}</translation>
    </message>
    <message>
        <source>{where}: the state {value} is not one the application knows</source>
        <translation>{where}：狀態 {value} 不是應用程式認得的狀態</translation>
    </message>
    <message>
        <source>{where}: the {what} {value} is not a date written YYYY-MM-DD</source>
        <translation>{where}：{what} {value} 不是以 YYYY-MM-DD 書寫的日期</translation>
    </message>
    <message numerus="yes">
        <source>the archive was refused: its records break %n rule(s) that &apos;scopekeeper check&apos; enforces: {problems}. Nothing was imported</source>
        <translation>
            <numerusform>已拒絕此封存檔：其記錄違反 %n 條「scopekeeper check」檢查的規則：{problems}。未匯入任何內容</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the schema upgrade would leave %n broken references; it was rolled back and the database is unchanged</source>
        <translation>
            <numerusform>結構描述升級會留下 %n 個失效的參照；升級已復原，資料庫未變更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{place} is longer than %n characters</source>
        <translation>
            <numerusform>{place} 超過 %n 個字元</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Undone: {0}</source>
        <translation>已復原：{0}</translation>
    </message>
    <message>
        <source>Add milestone &apos;{0}&apos;</source>
        <translation>新增里程碑「{0}」</translation>
    </message>
    <message>
        <source>Remove milestone &apos;{0}&apos;</source>
        <translation>移除里程碑「{0}」</translation>
    </message>
    <message>
        <source>Move milestone to position {0}</source>
        <translation>將里程碑移至第 {0} 位</translation>
    </message>
    <message>
        <source>Edit milestone &apos;{0}&apos;</source>
        <translation>編輯里程碑「{0}」</translation>
    </message>
    <message>
        <source>Apply template &apos;{0}&apos;</source>
        <translation>套用範本「{0}」</translation>
    </message>
    <message>
        <source>Edit engagement terms</source>
        <translation>編輯專案條款</translation>
    </message>
    <message>
        <source>Capture idea</source>
        <translation>記錄構想</translation>
    </message>
    <message>
        <source>Edit idea &apos;{0}&apos;</source>
        <translation>編輯構想「{0}」</translation>
    </message>
    <message>
        <source>Move forecast of &apos;{0}&apos;</source>
        <translation>調整「{0}」的預測日期</translation>
    </message>
    <message>
        <source>Change preferences</source>
        <translation>變更偏好設定</translation>
    </message>
    <message>
        <source>Create draft {0}</source>
        <translation>建立草稿 {0}</translation>
    </message>
    <message>
        <source>Delete draft {0}</source>
        <translation>刪除草稿 {0}</translation>
    </message>
</context>
</TS>
