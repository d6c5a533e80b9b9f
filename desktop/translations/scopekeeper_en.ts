<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- English plural forms of the strings written with %n: Qt has no plural rule for the
     source text itself. Built into scopekeeper_en.qm with pyside6-lrelease. -->
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>EngagementView</name>
    <message numerus="yes">
      <source>Total of %n milestones: {0}</source>
      <translation>
        <numerusform>Total of %n milestone: {0}</numerusform>
        <numerusform>Total of %n milestones: {0}</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RoadmapModel</name>
    <message numerus="yes">
      <source>%n acceptance criteria</source>
      <translation>
        <numerusform>%n acceptance criterion</numerusform>
        <numerusform>%n acceptance criteria</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>WelcomeView</name>
    <message numerus="yes">
      <source>This database holds %n engagement(s). Choose one on the left, or open the dashboard for the portfolio's figures and what falls due.</source>
      <translation>
        <numerusform>This database holds %n engagement. Choose one on the left, or open the dashboard for the portfolio's figures and what falls due.</numerusform>
        <numerusform>This database holds %n engagements. Choose one on the left, or open the dashboard for the portfolio's figures and what falls due.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>HistoryView</name>
    <message numerus="yes">
      <source>{0} of {1} events shown</source>
      <translation>
        <numerusform>{0} of {1} event shown</numerusform>
        <numerusform>{0} of {1} events shown</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DashboardView</name>
    <message numerus="yes">
      <source>{0} of {1} reviewed milestones accepted first time ({2} %)</source>
      <translation>
        <numerusform>{0} of {1} reviewed milestone accepted first time ({2} %)</numerusform>
        <numerusform>{0} of {1} reviewed milestones accepted first time ({2} %)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ReviewDialog</name>
    <message numerus="yes">
      <source>Round {0} on {1} ({2}): {3} — {4} of {5} criteria not met. Its verdicts and notes are under each criterion.</source>
      <translation>
        <numerusform>Round {0} on {1} ({2}): {3} — {4} of {5} criterion not met. Its verdicts and notes are under each criterion.</numerusform>
        <numerusform>Round {0} on {1} ({2}): {3} — {4} of {5} criteria not met. Its verdicts and notes are under each criterion.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>TimelineWidget</name>
    <message numerus="yes">
      <source>{0} milestones from {1} to {2}; {3} forecast later than baseline</source>
      <translation>
        <numerusform>{0} milestone from {1} to {2}; {3} forecast later than baseline</numerusform>
        <numerusform>{0} milestones from {1} to {2}; {3} forecast later than baseline</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Exporter</name>
    <message numerus="yes">
      <source>{0} history events</source>
      <translation>
        <numerusform>{0} history event</numerusform>
        <numerusform>{0} history events</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Imported {0} engagements and {1} from {2}</source>
      <translation>
        <numerusform>Imported {0} engagement and {1} from {2}</numerusform>
        <numerusform>Imported {0} engagements and {1} from {2}</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ActivateDialog</name>
    <message numerus="yes">
      <source>Activating {0} locks its scope: its %n milestones, worth {1} in total, can then no longer be changed, removed or reordered, and no milestone can be added. Amounts, deliverables, acceptance criteria, baseline dates and the objectives are recorded in baseline v1 with a fingerprint.

Afterwards only forecast dates move (with a reason). New client ideas go to the ideas backlog and can become spin-off engagements.</source>
      <translation>
        <numerusform>Activating {0} locks its scope: its %n milestone, worth {1}, can then no longer be changed or removed, and no milestone can be added. Amounts, deliverables, acceptance criteria, baseline dates and the objectives are recorded in baseline v1 with a fingerprint.

Afterwards only forecast dates move (with a reason). New client ideas go to the ideas backlog and can become spin-off engagements.</numerusform>
        <numerusform>Activating {0} locks its scope: its %n milestones, worth {1} in total, can then no longer be changed, removed or reordered, and no milestone can be added. Amounts, deliverables, acceptance criteria, baseline dates and the objectives are recorded in baseline v1 with a fingerprint.

Afterwards only forecast dates move (with a reason). New client ideas go to the ideas backlog and can become spin-off engagements.</numerusform>
      </translation>
    </message>
  </context>
</TS>
