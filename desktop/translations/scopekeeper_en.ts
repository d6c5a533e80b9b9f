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
</TS>
