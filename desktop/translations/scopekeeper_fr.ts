<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ActivateDialog</name>
    <message>
        <source>Activate {0}</source>
        <translation>Activer {0}</translation>
    </message>
    <message>
        <source>Activating {0} locks its scope. These {1} milestones, worth {2} in total, can then no longer be added, removed, reordered or changed: amounts, deliverables, acceptance criteria, baseline dates and the objectives are recorded in baseline v1 with a fingerprint.

Afterwards only forecast dates move (with a reason). New client ideas go to the ideas backlog and can become spin-off engagements.</source>
        <translation>Activer {0} fige son périmètre. Ces {1} jalons, d’un montant total de {2}, ne pourront plus être ajoutés, supprimés, réordonnés ni modifiés&#xa0;: montants, livrables, critères d’acceptation, dates de référence et objectifs sont enregistrés dans la référence contractuelle v1 avec une empreinte.

Ensuite, seules les dates prévisionnelles bougent (avec un motif). Les nouvelles idées du client vont dans le backlog d’idées et peuvent devenir des missions dérivées.</translation>
    </message>
    <message>
        <source>What becomes locked</source>
        <translation>Ce qui sera figé</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>aucune échéance</translation>
    </message>
    <message>
        <source>Roadmap to lock</source>
        <translation>Feuille de route à figer</translation>
    </message>
    <message>
        <source>Activate and lock scope</source>
        <translation>Activer et figer le périmètre</translation>
    </message>
    <message>
        <source>The scope is locked. Baseline v1 was recorded with this SHA-256 fingerprint; the sign-off documents and the history refer to it.</source>
        <translation>Le périmètre est figé. La référence contractuelle v1 a été enregistrée avec cette empreinte SHA-256&#xa0;; les procès-verbaux et l’historique y font référence.</translation>
    </message>
    <message>
        <source>Baseline fingerprint</source>
        <translation>Empreinte de la référence contractuelle</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>New client</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Nom du client</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Client {0} created.</source>
        <translation>Client {0} créé.</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>No contracted milestones yet</source>
        <translation>Aucun jalon contractualisé pour l’instant</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due in 0–7 days</source>
        <translation>À échéance dans 0 à 7 jours</translation>
    </message>
    <message>
        <source>Due in 8–14 days</source>
        <translation>À échéance dans 8 à 14 jours</translation>
    </message>
    <message>
        <source>milestones</source>
        <translation>jalons</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>{0} days overdue</source>
        <translation>{0} jours de retard</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>échéance aujourd’hui</translation>
    </message>
    <message>
        <source>in {0} days</source>
        <translation>dans {0} jours</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Contracted</source>
        <translation>Contractualisé</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Reste à encaisser</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Spin-off</source>
        <translation>Mission dérivée</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Issue de</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
    <message>
        <source>Proposed value</source>
        <translation>Valeur proposée</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Dashboard scope</source>
        <translation>Périmètre du tableau de bord</translation>
    </message>
    <message>
        <source>Chart currency</source>
        <translation>Devise du graphique</translation>
    </message>
    <message>
        <source>Money figures per currency</source>
        <translation>Chiffres par devise</translation>
    </message>
    <message>
        <source>Due and overdue milestones</source>
        <translation>Jalons à échéance et en retard</translation>
    </message>
    <message>
        <source>Spin-off pipeline</source>
        <translation>Missions dérivées</translation>
    </message>
    <message>
        <source>First-pass acceptance rate</source>
        <translation>Taux d’acceptation au premier passage</translation>
    </message>
    <message>
        <source>Client review latency</source>
        <translation>Délai de décision du client</translation>
    </message>
    <message>
        <source>&amp;Scope</source>
        <translation>&amp;Périmètre</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>First-pass acceptance</source>
        <translation>Acceptation au premier passage</translation>
    </message>
    <message>
        <source>Value by milestone state</source>
        <translation>Valeur par état de jalon</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Devise</translation>
    </message>
    <message>
        <source>Due in the next 14 days and overdue</source>
        <translation>À échéance dans les 14 prochains jours et en retard</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>Dashboard figures</source>
        <translation>Chiffres du tableau de bord</translation>
    </message>
    <message>
        <source>Whole portfolio</source>
        <translation>Tout le portefeuille</translation>
    </message>
    <message>
        <source>{0} of {1} reviewed milestones accepted first time ({2} %)</source>
        <translation>{0} jalons acceptés dès la première revue sur {1} revus ({2}&#xa0;%)</translation>
    </message>
    <message>
        <source>no milestone reviewed yet</source>
        <translation>aucun jalon revu pour l’instant</translation>
    </message>
    <message>
        <source>{0:.1f} days from submission to decision</source>
        <translation>{0:.1f} jours entre la soumission et la décision</translation>
    </message>
    <message>
        <source>no client decision yet</source>
        <translation>aucune décision du client pour l’instant</translation>
    </message>
    <message>
        <source>{0} captured · {1} diverted · {2} parked · {3} declined</source>
        <translation>{0} notées · {1} réorientées · {2} en attente · {3} refusées</translation>
    </message>
    <message>
        <source>Chart of value by milestone state</source>
        <translation>Graphique de la valeur par état de jalon</translation>
    </message>
    <message>
        <source>Chart of due and overdue milestones</source>
        <translation>Graphique des jalons à échéance et en retard</translation>
    </message>
</context>
<context>
    <name>EngagementActions</name>
    <message>
        <source>Add milestone</source>
        <translation>Ajouter un jalon</translation>
    </message>
    <message>
        <source>Remove milestone</source>
        <translation>Supprimer le jalon</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Edit terms…</source>
        <translation>Modifier les conditions…</translation>
    </message>
    <message>
        <source>Activate…</source>
        <translation>Activer…</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>Démarrer les travaux</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Soumettre à la revue</translation>
    </message>
    <message>
        <source>Record review…</source>
        <translation>Enregistrer la revue…</translation>
    </message>
    <message>
        <source>Confirm deemed acceptance</source>
        <translation>Confirmer l’acceptation tacite</translation>
    </message>
    <message>
        <source>Sign-off…</source>
        <translation>Procès-verbal…</translation>
    </message>
    <message>
        <source>Mark invoiced</source>
        <translation>Marquer comme facturé</translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation>Marquer comme payé</translation>
    </message>
    <message>
        <source>Move forecast…</source>
        <translation>Décaler la prévision…</translation>
    </message>
    <message>
        <source>Cancel engagement…</source>
        <translation>Annuler la mission…</translation>
    </message>
    <message>
        <source>Close engagement</source>
        <translation>Clôturer la mission</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Milestone actions</source>
        <translation>Actions sur le jalon</translation>
    </message>
    <message>
        <source>choose a milestone first</source>
        <translation>choisissez d’abord un jalon</translation>
    </message>
    <message>
        <source>Milestone {0}</source>
        <translation>Jalon {0}</translation>
    </message>
    <message>
        <source>Amount: {0}</source>
        <translation>Montant&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Rien à enregistrer.</translation>
    </message>
    <message>
        <source>Template “{0}” applied to milestone {1}.</source>
        <translation>Modèle «&#xa0;{0}&#xa0;» appliqué au jalon {1}.</translation>
    </message>
    <message>
        <source>{0} is active; baseline v1 fingerprint {1}</source>
        <translation>Mission {0} active&#xa0;; empreinte de la référence contractuelle v1&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Cancel {0}</source>
        <translation>Annuler la mission {0}</translation>
    </message>
    <message>
        <source>Why is the engagement cancelled?</source>
        <translation>Pourquoi la mission est-elle annulée&#xa0;?</translation>
    </message>
    <message>
        <source>{0} cancelled.</source>
        <translation>Mission {0} annulée.</translation>
    </message>
    <message>
        <source>{0} completed.</source>
        <translation>Mission {0} clôturée.</translation>
    </message>
    <message>
        <source>Milestone {0}: work started.</source>
        <translation>Jalon {0}&#xa0;: travaux démarrés.</translation>
    </message>
    <message>
        <source>Milestone {0} submitted for review.</source>
        <translation>Jalon {0} soumis à la revue.</translation>
    </message>
    <message>
        <source>Milestone {0}: deemed acceptance confirmed.</source>
        <translation>Jalon {0}&#xa0;: acceptation tacite confirmée.</translation>
    </message>
    <message>
        <source>Milestone {0} marked invoiced.</source>
        <translation>Jalon {0} marqué comme facturé.</translation>
    </message>
    <message>
        <source>Milestone {0} marked paid.</source>
        <translation>Jalon {0} marqué comme payé.</translation>
    </message>
    <message>
        <source>Forecast of milestone {0} moved to {1}.</source>
        <translation>Prévision du jalon {0} décalée au {1}.</translation>
    </message>
</context>
<context>
    <name>EngagementDialog</name>
    <message>
        <source>Edit engagement</source>
        <translation>Modifier la mission</translation>
    </message>
    <message>
        <source>New engagement</source>
        <translation>Nouvelle mission</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>New client…</source>
        <translation>Nouveau client…</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Langue des documents</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Target end date</source>
        <translation>Date de fin visée</translation>
    </message>
    <message>
        <source>Deemed-acceptance period in days</source>
        <translation>Délai d’acceptation tacite en jours</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Measure (optional)</source>
        <translation>Mesure (facultatif)</translation>
    </message>
    <message>
        <source>Add objective</source>
        <translation>Ajouter un objectif</translation>
    </message>
    <message>
        <source>C&amp;ode</source>
        <translation>C&amp;ode</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>C&amp;lient</source>
        <translation>C&amp;lient</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>D&amp;evise</translation>
    </message>
    <message>
        <source>Document &amp;language</source>
        <translation>&amp;Langue des documents</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <source>Target &amp;end</source>
        <translation>&amp;Fin visée</translation>
    </message>
    <message>
        <source>&amp;Deemed acceptance after</source>
        <translation>&amp;Acceptation tacite après</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Objectives say what success looks like. They lock with the roadmap.</source>
        <translation>Les objectifs décrivent ce qu’est la réussite. Ils sont figés avec la feuille de route.</translation>
    </message>
    <message>
        <source>Choose a client, or create one with “New client…”.</source>
        <translation>Choisissez un client, ou créez-en un avec «&#xa0;Nouveau client…&#xa0;».</translation>
    </message>
    <message>
        <source>Engagement {0} created as a draft.</source>
        <translation>Mission {0} créée en brouillon.</translation>
    </message>
</context>
<context>
    <name>EngagementView</name>
    <message>
        <source>Engagement</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>Total cumulé</translation>
    </message>
    <message>
        <source>Engagement title</source>
        <translation>Titre de la mission</translation>
    </message>
    <message>
        <source>Scope lock</source>
        <translation>Gel du périmètre</translation>
    </message>
    <message>
        <source>Client and dates</source>
        <translation>Client et dates</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Frise chronologique</translation>
    </message>
    <message>
        <source>Milestone details</source>
        <translation>Détails du jalon</translation>
    </message>
    <message>
        <source>Engagement sections</source>
        <translation>Sections de la mission</translation>
    </message>
    <message>
        <source>&amp;Roadmap</source>
        <translation>&amp;Feuille de route</translation>
    </message>
    <message>
        <source>&amp;Ideas</source>
        <translation>&amp;Idées</translation>
    </message>
    <message>
        <source>&amp;Sign-off</source>
        <translation>&amp;Procès-verbal</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Total of {0} milestones: {1}</source>
        <translation>Total des {0} jalons&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Scope locked · baseline v1 {0}</source>
        <translation>Périmètre figé · référence contractuelle v1 {0}</translation>
    </message>
    <message>
        <source>Baseline fingerprint (SHA-256): {0}</source>
        <translation>Empreinte de la référence contractuelle (SHA-256)&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Draft: scope open for planning</source>
        <translation>Brouillon&#xa0;: périmètre ouvert à la planification</translation>
    </message>
    <message>
        <source> · spin-off of &lt;a href=&apos;{0}&apos;&gt;{1}&lt;/a&gt;</source>
        <translation> · mission dérivée de &lt;a href=&apos;{0}&apos;&gt;{1}&lt;/a&gt;</translation>
    </message>
    <message>
        <source> · spin-offs: {0}</source>
        <translation> · missions dérivées&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Objectives: {0}</source>
        <translation>Objectifs&#xa0;: {0}</translation>
    </message>
    <message>
        <source>No written objectives yet.</source>
        <translation>Aucun objectif écrit pour l’instant.</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>History as readable &amp;PDF…</source>
        <translation>Historique en &amp;PDF lisible…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>History as &amp;CSV…</source>
        <translation>Historique en &amp;CSV…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>History as &amp;Excel workbook…</source>
        <translation>Historique en classeur &amp;Excel…</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Milestone dates as &amp;iCalendar…</source>
        <translation>Dates des jalons en &amp;iCalendar…</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Complete &amp;JSON archive…</source>
        <translation>Archive &amp;JSON complète…</translation>
    </message>
    <message>
        <source>Scopekeeper archives (*.json)</source>
        <translation>Archives Scopekeeper (*.json)</translation>
    </message>
    <message>
        <source>Saved to {0}</source>
        <translation>Enregistré dans {0}</translation>
    </message>
    <message>
        <source>Export history of {0}</source>
        <translation>Exporter l’historique de {0}</translation>
    </message>
    <message>
        <source>Exporting the history of {0}</source>
        <translation>Export de l’historique de {0}</translation>
    </message>
    <message>
        <source>export cancelled; no file was written</source>
        <translation>export annulé&#xa0;; aucun fichier n’a été écrit</translation>
    </message>
    <message>
        <source>Export roadmap</source>
        <translation>Exporter la feuille de route</translation>
    </message>
    <message>
        <source>Exporting the roadmap of {0}</source>
        <translation>Export de la feuille de route de {0}</translation>
    </message>
    <message>
        <source>Weekly status</source>
        <translation>Point hebdomadaire</translation>
    </message>
    <message>
        <source>Writing the weekly status</source>
        <translation>Rédaction du point hebdomadaire</translation>
    </message>
    <message>
        <source>Import an archive</source>
        <translation>Importer une archive</translation>
    </message>
    <message>
        <source>Scopekeeper archives (*.json);;All files (*)</source>
        <translation>Archives Scopekeeper (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Imported {0} engagement(s) and {1} history event(s) from {2}</source>
        <translation>{0} mission(s) et {1} événement(s) d’historique importés depuis {2}</translation>
    </message>
    <message>
        <source>Importing {0}</source>
        <translation>Import de {0}</translation>
    </message>
</context>
<context>
    <name>ForecastDialog</name>
    <message>
        <source>Move forecast of milestone {0}</source>
        <translation>Décaler la prévision du jalon {0}</translation>
    </message>
    <message>
        <source>“{0}”: the baseline date {1} stays in the contract; only the forecast moves and the variance is shown.</source>
        <translation>«&#xa0;{0}&#xa0;»&#xa0;: la date de référence {1} reste au contrat&#xa0;; seule la prévision bouge, et l’écart est affiché.</translation>
    </message>
    <message>
        <source>New forecast date</source>
        <translation>Nouvelle date prévisionnelle</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Why does the date move? (required)</source>
        <translation>Pourquoi la date bouge-t-elle&#xa0;? (obligatoire)</translation>
    </message>
    <message>
        <source>Move forecast</source>
        <translation>Décaler la prévision</translation>
    </message>
    <message>
        <source>New &amp;forecast</source>
        <translation>Nouvelle &amp;prévision</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Filter history</source>
        <translation>Filtrer l’historique</translation>
    </message>
    <message>
        <source>Filter by person, action or any text…</source>
        <translation>Filtrer par personne, action ou texte…</translation>
    </message>
    <message>
        <source>Number of events</source>
        <translation>Nombre d’événements</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exporter l’historique</translation>
    </message>
    <message>
        <source>History events</source>
        <translation>Événements de l’historique</translation>
    </message>
    <message>
        <source>Event before and after</source>
        <translation>Événement avant et après</translation>
    </message>
    <message>
        <source>{0} of {1} events shown</source>
        <translation>{0} événements affichés sur {1}</translation>
    </message>
    <message>
        <source>Event {0} · {1} · {2} {3}

Before:
{4}

After:
{5}

Hash: {6}</source>
        <translation>Événement {0} · {1} · {2} {3}

Avant&#xa0;:
{4}

Après&#xa0;:
{5}

Empreinte&#xa0;: {6}</translation>
    </message>
</context>
<context>
    <name>IdeaDialog</name>
    <message>
        <source>Capture idea</source>
        <translation>Noter une idée</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>What did the client ask for?</source>
        <translation>Qu’a demandé le client&#xa0;?</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Proposée par</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>Proposée le</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Relancer le</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Date de relance</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;Engagement</source>
        <translation>&amp;Mission</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Raised &amp;by</source>
        <translation>Proposée &amp;par</translation>
    </message>
    <message>
        <source>Raised &amp;on</source>
        <translation>Proposée &amp;le</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Origine</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>P&amp;riorité</translation>
    </message>
    <message>
        <source>&amp;Qualification (optional)</source>
        <translation>&amp;Qualification (facultatif)</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>Save idea</source>
        <translation>Enregistrer l’idée</translation>
    </message>
    <message>
        <source>Choose the engagement the idea was raised in.</source>
        <translation>Choisissez la mission dans laquelle l’idée a été proposée.</translation>
    </message>
    <message>
        <source>Describe the idea before saving it.</source>
        <translation>Décrivez l’idée avant de l’enregistrer.</translation>
    </message>
    <message>
        <source>Idea captured in the backlog.</source>
        <translation>Idée notée dans le backlog.</translation>
    </message>
</context>
<context>
    <name>IdeaEditor</name>
    <message>
        <source>Idea details</source>
        <translation>Détails de l’idée</translation>
    </message>
    <message>
        <source>Select one idea to qualify it.</source>
        <translation>Sélectionnez une idée pour la qualifier.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Relancer le</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Date de relance</translation>
    </message>
    <message>
        <source>Save &amp;qualification</source>
        <translation>Enregistrer la &amp;qualification</translation>
    </message>
    <message>
        <source>Save idea details</source>
        <translation>Enregistrer les détails de l’idée</translation>
    </message>
    <message>
        <source>Raised by {0} on {1} ({2})</source>
        <translation>Proposée par {0} le {1} ({2})</translation>
    </message>
    <message>
        <source>This idea is {0}; it can no longer be edited.</source>
        <translation>Cette idée est {0}&#xa0;; elle ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>Idea details saved.</source>
        <translation>Détails de l’idée enregistrés.</translation>
    </message>
</context>
<context>
    <name>IdeasModel</name>
    <message>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <source>Follow-up due since {0}</source>
        <translation>Relance attendue depuis le {0}</translation>
    </message>
    <message>
        <source>diverted to {0}</source>
        <translation>réorientée vers {0}</translation>
    </message>
</context>
<context>
    <name>IdeasView</name>
    <message>
        <source>Idea backlog</source>
        <translation>Backlog d’idées</translation>
    </message>
    <message>
        <source>Ideas by priority</source>
        <translation>Idées par priorité</translation>
    </message>
    <message>
        <source>Backlog title</source>
        <translation>Titre du backlog</translation>
    </message>
    <message>
        <source>Show &amp;diverted and declined</source>
        <translation>Afficher les idées &amp;réorientées et refusées</translation>
    </message>
    <message>
        <source>Show diverted and declined ideas</source>
        <translation>Afficher les idées réorientées et refusées</translation>
    </message>
    <message>
        <source>&amp;Capture idea…</source>
        <translation>&amp;Noter une idée…</translation>
    </message>
    <message>
        <source>Di&amp;vert to spin-off…</source>
        <translation>Réorienter &amp;vers une mission dérivée…</translation>
    </message>
    <message>
        <source>&amp;Park</source>
        <translation>&amp;Mettre en attente</translation>
    </message>
    <message>
        <source>D&amp;ecline…</source>
        <translation>Re&amp;fuser…</translation>
    </message>
    <message>
        <source>Capture idea</source>
        <translation>Noter une idée</translation>
    </message>
    <message>
        <source>Divert selected ideas to a spin-off</source>
        <translation>Réorienter les idées sélectionnées vers une mission dérivée</translation>
    </message>
    <message>
        <source>Park selected ideas</source>
        <translation>Mettre en attente les idées sélectionnées</translation>
    </message>
    <message>
        <source>Decline selected ideas</source>
        <translation>Refuser les idées sélectionnées</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ideas raised in {0}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Idées proposées dans {0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>choose one or more captured ideas first</source>
        <translation>choisissez d’abord une ou plusieurs idées notées</translation>
    </message>
    <message>
        <source>Divert to spin-off</source>
        <translation>Réorienter vers une mission dérivée</translation>
    </message>
    <message>
        <source>The selected ideas ({0}) become a new draft engagement for the same client.
Its scope starts from them; this engagement&apos;s scope stays as it is.

Code of the spin-off:</source>
        <translation>Les idées sélectionnées ({0}) deviennent une nouvelle mission en brouillon pour le même client.
Son périmètre part de ces idées&#xa0;; celui de cette mission reste inchangé.

Code de la mission dérivée&#xa0;:</translation>
    </message>
    <message>
        <source>Spin-off {0} created as a draft.</source>
        <translation>Mission dérivée {0} créée en brouillon.</translation>
    </message>
    <message>
        <source>Parked: won&apos;t have now, kept in the backlog.</source>
        <translation>En attente&#xa0;: pas maintenant, conservée dans le backlog.</translation>
    </message>
    <message>
        <source>Decline ideas</source>
        <translation>Refuser des idées</translation>
    </message>
    <message>
        <source>Why are these ideas ({0}) declined? The reason is kept in the history.</source>
        <translation>Pourquoi ces idées ({0}) sont-elles refusées&#xa0;? Le motif est conservé dans l’historique.</translation>
    </message>
    <message>
        <source>Declined {0} idea(s).</source>
        <translation>{0} idée(s) refusée(s).</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Modifications demandées</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Signé</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>captured</source>
        <translation>notée</translation>
    </message>
    <message>
        <source>diverted</source>
        <translation>réorientée</translation>
    </message>
    <message>
        <source>parked</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>Must have</source>
        <translation>Indispensable</translation>
    </message>
    <message>
        <source>Should have</source>
        <translation>Important</translation>
    </message>
    <message>
        <source>Could have</source>
        <translation>Souhaitable</translation>
    </message>
    <message>
        <source>Won&apos;t have now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Review round</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Non conforme</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Dérogation</translation>
    </message>
    <message>
        <source>Typed acknowledgement</source>
        <translation>Accord écrit</translation>
    </message>
    <message>
        <source>Scan of a wet-ink signature</source>
        <translation>Signature manuscrite numérisée</translation>
    </message>
    <message>
        <source>Digital signature in the PDF</source>
        <translation>Signature numérique du PDF</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Buts</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Difficultés</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Pouvoir de décision</translation>
    </message>
    <message>
        <source>Consequences if not done</source>
        <translation>Conséquences si rien n’est fait</translation>
    </message>
    <message>
        <source>Implications if done</source>
        <translation>Implications si c’est fait</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>Chinois traditionnel</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Filter engagements</source>
        <translation>Filtrer les missions</translation>
    </message>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>Filtrer (Ctrl+F)</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Missions</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Show the exported file in its folder</source>
        <translation>Afficher le fichier exporté dans son dossier</translation>
    </message>
    <message>
        <source>Sample data loaded: {0} engagements.</source>
        <translation>Données d’exemple chargées&#xa0;: {0} missions.</translation>
    </message>
    <message>
        <source>About Scopekeeper</source>
        <translation>À propos de Scopekeeper</translation>
    </message>
    <message>
        <source>Scopekeeper: locked-scope engagements, milestone sign-offs and spin-offs.
Database: {0}</source>
        <translation>Scopekeeper&#xa0;: missions à périmètre figé, procès-verbaux de réception de jalons et missions dérivées.
Base de données&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Open or create a database</source>
        <translation>Ouvrir ou créer une base de données</translation>
    </message>
    <message>
        <source>Scopekeeper database (*.sqlite3 *.db);;All files (*)</source>
        <translation>Base de données Scopekeeper (*.sqlite3 *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Database server not reachable</source>
        <translation>Serveur de base de données injoignable</translation>
    </message>
    <message>
        <source>Database not opened</source>
        <translation>Base de données non ouverte</translation>
    </message>
    <message>
        <source>Opened {0}</source>
        <translation>Base ouverte&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Open an engagement first.</source>
        <translation>Ouvrez d’abord une mission.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New engagement…</source>
        <translation>&amp;Nouvelle mission…</translation>
    </message>
    <message>
        <source>Open &amp;sample data</source>
        <translation>Ouvrir les données d’e&amp;xemple</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>Bases de données &amp;récentes</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Roadmap PDF…</source>
        <translation>Feuille de &amp;route en PDF…</translation>
    </message>
    <message>
        <source>Weekly &amp;status of this engagement…</source>
        <translation>Point &amp;hebdomadaire de cette mission…</translation>
    </message>
    <message>
        <source>Weekly status of the &amp;portfolio…</source>
        <translation>Point hebdomadaire du p&amp;ortefeuille…</translation>
    </message>
    <message>
        <source>&amp;Import archive…</source>
        <translation>&amp;Importer une archive…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Capture &amp;idea…</source>
        <translation>Noter une &amp;idée…</translation>
    </message>
    <message>
        <source>&amp;Filter engagements</source>
        <translation>&amp;Filtrer les missions</translation>
    </message>
    <message>
        <source>En&amp;gagement</source>
        <translation>&amp;Mission</translation>
    </message>
    <message>
        <source>&amp;Milestone</source>
        <translation>&amp;Jalon</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Welcome page</source>
        <translation>Page d’&amp;accueil</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Scopekeeper</source>
        <translation>À &amp;propos de Scopekeeper</translation>
    </message>
    <message>
        <source>Open an engagement first</source>
        <translation>Ouvrez d’abord une mission</translation>
    </message>
</context>
<context>
    <name>MilestoneEditor</name>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Milestone details</source>
        <translation>Détails du jalon</translation>
    </message>
    <message>
        <source>Milestone title</source>
        <translation>Titre du jalon</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Livrables</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Acceptance criterion</source>
        <translation>Critère d’acceptation</translation>
    </message>
    <message>
        <source>Target (optional)</source>
        <translation>Cible (facultatif)</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Ajouter un critère</translation>
    </message>
    <message>
        <source>Review template</source>
        <translation>Modèle de revue</translation>
    </message>
    <message>
        <source>Apply template</source>
        <translation>Appliquer le modèle</translation>
    </message>
    <message>
        <source>Save milestone</source>
        <translation>Enregistrer le jalon</translation>
    </message>
    <message>
        <source>Scope locked: these fields are part of the baseline. Capture an idea to propose a change.</source>
        <translation>Périmètre figé&#xa0;: ces champs font partie de la référence contractuelle. Notez une idée pour proposer une modification.</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Deliverables</source>
        <translation>&amp;Livrables</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Montant</translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation>É&amp;chéance</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>Te&amp;mplate</source>
        <translation>Mo&amp;dèle</translation>
    </message>
    <message>
        <source>State: {0}</source>
        <translation>État&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Template: {0}</source>
        <translation>Modèle&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Forecast {0} ({1:+d} days against baseline)</source>
        <translation>Prévision {0} ({1:+d} jours par rapport à la référence)</translation>
    </message>
    <message>
        <source>{0} review round(s)</source>
        <translation>{0} revue(s)</translation>
    </message>
    <message>
        <source>Sign-off {0}</source>
        <translation>Procès-verbal {0}</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>Not possible</source>
        <translation>Action impossible</translation>
    </message>
    <message>
        <source>The view has been reloaded.</source>
        <translation>La vue a été rechargée.</translation>
    </message>
    <message>
        <source>This cannot be undone; earlier steps can no longer be undone either.</source>
        <translation>Cette action est irréversible&#xa0;; les étapes précédentes ne peuvent plus être annulées non plus.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>{0}: cancelled.</source>
        <translation>{0}&#xa0;: annulé.</translation>
    </message>
    <message>
        <source>{0} failed: {1}</source>
        <translation>{0}&#xa0;: échec. {1}</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Set</source>
        <translation>Définir</translation>
    </message>
    <message>
        <source>set</source>
        <translation>(définie)</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Database password</source>
        <translation>Mot de passe de la base de données</translation>
    </message>
    <message>
        <source>Scopekeeper keeps it in the system keyring, so it will not ask again on this computer.</source>
        <translation>Scopekeeper le conserve dans le trousseau du système&#xa0;: il ne vous le redemandera plus sur cet ordinateur.</translation>
    </message>
    <message>
        <source>No system keyring is available, so Scopekeeper cannot remember this password; it will ask again next time.</source>
        <translation>Aucun trousseau système n’est disponible&#xa0;: Scopekeeper ne peut pas retenir ce mot de passe et vous le redemandera la prochaine fois.</translation>
    </message>
    <message>
        <source>Database user</source>
        <translation>Utilisateur de la base de données</translation>
    </message>
    <message>
        <source>Database server</source>
        <translation>Serveur de base de données</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review — {0} milestone {1}</source>
        <translation>Revue — {0} jalon {1}</translation>
    </message>
    <message>
        <source>Review milestone</source>
        <translation>Revue du jalon</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0} · milestone {1}: {2}&lt;/b&gt; — review round {3}</source>
        <translation>&lt;b&gt;{0} · jalon {1}&#xa0;: {2}&lt;/b&gt; — revue n° {3}</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Responsable de la revue</translation>
    </message>
    <message>
        <source>(no reviewer named)</source>
        <translation>(aucun responsable désigné)</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Date de la revue</translation>
    </message>
    <message>
        <source>Re&amp;viewer</source>
        <translation>Res&amp;ponsable</translation>
    </message>
    <message>
        <source>Review &amp;date</source>
        <translation>&amp;Date de la revue</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Waiver reason</source>
        <translation>Motif de la dérogation</translation>
    </message>
    <message>
        <source>Criteria and verdicts</source>
        <translation>Critères et verdicts</translation>
    </message>
    <message>
        <source>Derived outcome</source>
        <translation>Résultat déduit</translation>
    </message>
    <message>
        <source>&amp;Save review</source>
        <translation>&amp;Enregistrer la revue</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>Enregistrer la revue</translation>
    </message>
    <message>
        <source>Capture &amp;idea…</source>
        <translation>Noter une &amp;idée…</translation>
    </message>
    <message>
        <source>Capture idea</source>
        <translation>Noter une idée</translation>
    </message>
    <message>
        <source>Note a new client idea without leaving the review; it goes to the backlog.</source>
        <translation>Notez une nouvelle idée du client sans quitter la revue&#xa0;; elle va dans le backlog.</translation>
    </message>
    <message>
        <source>Target: {0}</source>
        <translation>Cible&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Verdict on criterion {0}</source>
        <translation>Verdict sur le critère {0}</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Note on criterion {0}</source>
        <translation>Remarque sur le critère {0}</translation>
    </message>
    <message>
        <source>Waiver reason for criterion {0}</source>
        <translation>Motif de la dérogation pour le critère {0}</translation>
    </message>
    <message>
        <source>Required when waived</source>
        <translation>Obligatoire en cas de dérogation</translation>
    </message>
    <message>
        <source>Outcome: not decided yet — 1 criterion has no verdict</source>
        <translation>Résultat&#xa0;: pas encore décidé — 1 critère n’a pas de verdict</translation>
    </message>
    <message>
        <source>Outcome: not decided yet — {0} criteria have no verdict</source>
        <translation>Résultat&#xa0;: pas encore décidé — {0} critères n’ont pas de verdict</translation>
    </message>
    <message>
        <source>Outcome: accepted</source>
        <translation>Résultat&#xa0;: accepté</translation>
    </message>
    <message>
        <source>Outcome: changes requested — 1 criterion not met</source>
        <translation>Résultat&#xa0;: modifications demandées — 1 critère non conforme</translation>
    </message>
    <message>
        <source>Outcome: changes requested — {0} criteria not met</source>
        <translation>Résultat&#xa0;: modifications demandées — {0} critères non conformes</translation>
    </message>
    <message>
        <source>A waived criterion needs a reason: {0}</source>
        <translation>Un critère en dérogation demande un motif&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Review recorded. {0}</source>
        <translation>Revue enregistrée. {0}</translation>
    </message>
</context>
<context>
    <name>RoadmapModel</name>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>dans les temps</translation>
    </message>
    <message>
        <source>{0:+d} d</source>
        <translation>{0:+d} j</translation>
    </message>
    <message>
        <source>Deemed accepted — confirm: the review period has passed.</source>
        <translation>Acceptation tacite — à confirmer&#xa0;: le délai de revue est écoulé.</translation>
    </message>
    <message numerus="yes">
        <source>%n acceptance criteria</source>
        <translation>
            <numerusform>%n critère d’acceptation</numerusform>
            <numerusform>%n critères d’acceptation</numerusform>
        </translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source> · confirm deemed</source>
        <translation> · acceptation tacite à confirmer</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove row {0}</source>
        <translation>Supprimer la ligne {0}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>SQLite &amp;file on this computer</source>
        <translation>&amp;Fichier SQLite sur cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server (team)</source>
        <translation>Serveur &amp;PostgreSQL (équipe)</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Fichier de base de données</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose database file</source>
        <translation>Choisir le fichier de base de données</translation>
    </message>
    <message>
        <source>PostgreSQL URL</source>
        <translation>URL PostgreSQL</translation>
    </message>
    <message>
        <source>Leave the password out: Scopekeeper asks for it when connecting and keeps it in the system keyring, never in its settings.</source>
        <translation>N’indiquez pas le mot de passe&#xa0;: Scopekeeper le demande à la connexion et le conserve dans le trousseau du système, jamais dans ses paramètres.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Agency name</source>
        <translation>Nom de l’agence</translation>
    </message>
    <message>
        <source>Agency address</source>
        <translation>Adresse de l’agence</translation>
    </message>
    <message>
        <source>Signatory name</source>
        <translation>Nom du signataire</translation>
    </message>
    <message>
        <source>Signatory role</source>
        <translation>Fonction du signataire</translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation>Devise par défaut</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format de papier</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Aperçu du logo</translation>
    </message>
    <message>
        <source>Choose PNG…</source>
        <translation>Choisir un PNG…</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Choisir le logo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Supprimer le logo</translation>
    </message>
    <message>
        <source>Agency identity on documents</source>
        <translation>Identité de l’agence sur les documents</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>Si&amp;gnatory</source>
        <translation>Si&amp;gnataire</translation>
    </message>
    <message>
        <source>Signatory &amp;role</source>
        <translation>&amp;Fonction du signataire</translation>
    </message>
    <message>
        <source>&amp;Logo</source>
        <translation>&amp;Logo</translation>
    </message>
    <message>
        <source>Default &amp;currency</source>
        <translation>&amp;Devise par défaut</translation>
    </message>
    <message>
        <source>Pa&amp;per size</source>
        <translation>Format de &amp;papier</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Appea&amp;rance</source>
        <translation>App&amp;arence</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation>Langue de l’&amp;interface</translation>
    </message>
    <message>
        <source>Scopekeeper database (*.sqlite3 *.db);;All files (*)</source>
        <translation>Base de données Scopekeeper (*.sqlite3 *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>aucun logo</translation>
    </message>
    <message>
        <source>not a readable image</source>
        <translation>image illisible</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>Préférences enregistrées.</translation>
    </message>
    <message>
        <source>The interface will speak the new language the next time Scopekeeper starts. Restart now?</source>
        <translation>L’interface parlera la nouvelle langue au prochain démarrage de Scopekeeper. Redémarrer maintenant ?</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
</context>
<context>
    <name>SignedCopyActions</name>
    <message>
        <source>Bring back the signed copy</source>
        <translation>Importer l’exemplaire signé</translation>
    </message>
    <message>
        <source>Signed copies (*.pdf *.txt *.png *.jpg);;All files (*)</source>
        <translation>Exemplaires signés (*.pdf *.txt *.png *.jpg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>the file cannot be read ({0})</source>
        <translation>le fichier ne peut pas être lu ({0})</translation>
    </message>
    <message>
        <source>Signed copy verified and recorded.</source>
        <translation>Exemplaire signé vérifié et enregistré.</translation>
    </message>
    <message>
        <source>Signed copy matched by its document id and recorded.</source>
        <translation>Exemplaire signé rapproché par sa référence de document et enregistré.</translation>
    </message>
    <message>
        <source>Signed copy not verified; nothing was recorded.</source>
        <translation>Exemplaire signé non vérifié&#xa0;; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>✔ Verified: {0}</source>
        <translation>✔ Vérifié&#xa0;: {0}</translation>
    </message>
    <message>
        <source>✔ Matched: {0}</source>
        <translation>✔ Rapproché&#xa0;: {0}</translation>
    </message>
    <message>
        <source>✘ Not verified: {0}</source>
        <translation>✘ Non vérifié&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Certificate: {0}</source>
        <translation>Certificat&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>SignoffPanel</name>
    <message>
        <source>Sign-off</source>
        <translation>Procès-verbal</translation>
    </message>
    <message>
        <source>Sign-off summary</source>
        <translation>Résumé du procès-verbal</translation>
    </message>
    <message>
        <source>&amp;Export sign-off PDF…</source>
        <translation>&amp;Exporter le procès-verbal en PDF…</translation>
    </message>
    <message>
        <source>Open containing &amp;folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>Exported file</source>
        <translation>Fichier exporté</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Émission</translation>
    </message>
    <message>
        <source>Signature method</source>
        <translation>Mode de signature</translation>
    </message>
    <message>
        <source>Signer name</source>
        <translation>Nom du signataire</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>Document id on the copy</source>
        <translation>Référence du document sur l’exemplaire</translation>
    </message>
    <message>
        <source>&amp;Bring back signed copy…</source>
        <translation>&amp;Importer l’exemplaire signé…</translation>
    </message>
    <message>
        <source>…or drop the signed PDF anywhere on this panel.</source>
        <translation>…ou déposez le PDF signé n’importe où sur ce panneau.</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Résultat de la vérification</translation>
    </message>
    <message>
        <source>Signed copy</source>
        <translation>Exemplaire signé</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Mode</translation>
    </message>
    <message>
        <source>Si&amp;gner</source>
        <translation>Si&amp;gnataire</translation>
    </message>
    <message>
        <source>Signed &amp;on</source>
        <translation>Signé &amp;le</translation>
    </message>
    <message>
        <source>&amp;Document id</source>
        <translation>&amp;Référence du document</translation>
    </message>
    <message>
        <source>Billing date</source>
        <translation>Date de facturation</translation>
    </message>
    <message>
        <source>Mark &amp;invoiced</source>
        <translation>Marquer comme &amp;facturé</translation>
    </message>
    <message>
        <source>Mark &amp;paid</source>
        <translation>Marquer comme &amp;payé</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Da&amp;te</source>
        <translation>Da&amp;te</translation>
    </message>
    <message>
        <source>Export sign-off PDF</source>
        <translation>Exporter le procès-verbal en PDF</translation>
    </message>
    <message>
        <source>Open the folder of the exported PDF</source>
        <translation>Ouvrir le dossier du PDF exporté</translation>
    </message>
    <message>
        <source>Preview the sign-off PDF</source>
        <translation>Aperçu du procès-verbal en PDF</translation>
    </message>
    <message>
        <source>Bring back the signed copy</source>
        <translation>Importer l’exemplaire signé</translation>
    </message>
    <message>
        <source>Mark the milestone invoiced</source>
        <translation>Marquer le jalon comme facturé</translation>
    </message>
    <message>
        <source>Mark the milestone paid</source>
        <translation>Marquer le jalon comme payé</translation>
    </message>
    <message>
        <source>Export or preview the sign-off to read it here.</source>
        <translation>Exportez le procès-verbal ou affichez son aperçu pour le lire ici.</translation>
    </message>
    <message>
        <source>Sign-off steps</source>
        <translation>Étapes du procès-verbal</translation>
    </message>
    <message>
        <source>That milestone no longer exists.</source>
        <translation>Ce jalon n’existe plus.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0} — milestone {1}: {2}&lt;/b&gt;&lt;br&gt;No sign-off yet: {3}.</source>
        <translation>&lt;b&gt;{0} — jalon {1}&#xa0;: {2}&lt;/b&gt;&lt;br&gt;Pas encore de procès-verbal&#xa0;: {3}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign-off {0}&lt;/b&gt;&lt;br&gt;Milestone {1}: {2}&lt;br&gt;State: {3} · fingerprint {4}…</source>
        <translation>&lt;b&gt;Procès-verbal {0}&lt;/b&gt;&lt;br&gt;Jalon {1}&#xa0;: {2}&lt;br&gt;État&#xa0;: {3} · empreinte {4}…</translation>
    </message>
    <message>
        <source>As printed on the copy, e.g. {0}</source>
        <translation>Telle qu’imprimée sur l’exemplaire, par ex. {0}</translation>
    </message>
    <message>
        <source>choose an accepted milestone first</source>
        <translation>choisissez d’abord un jalon accepté</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to {0}</source>
        <translation>Enregistré dans {0}</translation>
    </message>
    <message>
        <source>Sign-off PDF saved to {0}.</source>
        <translation>Procès-verbal PDF enregistré dans {0}.</translation>
    </message>
    <message>
        <source>Sign-off preview</source>
        <translation>Aperçu du procès-verbal</translation>
    </message>
    <message>
        <source>Milestone marked invoiced.</source>
        <translation>Jalon marqué comme facturé.</translation>
    </message>
    <message>
        <source>Milestone marked paid.</source>
        <translation>Jalon marqué comme payé.</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Roadmap timeline</source>
        <translation>Frise de la feuille de route</translation>
    </message>
    <message>
        <source>{0} milestones from {1} to {2}; {3} forecast later than baseline</source>
        <translation>{0} jalons du {1} au {2}&#xa0;; {3} avec une prévision postérieure à la référence</translation>
    </message>
    <message>
        <source>No milestones yet: add the first billing point.</source>
        <translation>Aucun jalon pour l’instant&#xa0;: ajoutez le premier point de facturation.</translation>
    </message>
    <message>
        <source>no due date yet</source>
        <translation>pas encore d’échéance</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
</context>
<context>
    <name>Verdicts</name>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the file is {size} MB, more than the {limit} MB allowed for a signed copy</source>
        <translation>le fichier fait {size}&#xa0;Mo, plus que les {limit}&#xa0;Mo admis pour une copie signée</translation>
    </message>
    <message>
        <source>the file is not a PDF</source>
        <translation>le fichier n’est pas un PDF</translation>
    </message>
    <message>
        <source>the PDF is damaged and could not be read</source>
        <translation>le PDF est endommagé et n’a pas pu être lu</translation>
    </message>
    <message>
        <source>the PDF is password-protected; ask the client for a copy without a password</source>
        <translation>le PDF est protégé par un mot de passe&#xa0;; demandez au client une copie sans mot de passe</translation>
    </message>
    <message>
        <source>this PDF is not one of our sign-offs (it has no document id)</source>
        <translation>ce PDF n’est pas l’un de nos procès-verbaux (il ne porte aucune référence de document)</translation>
    </message>
    <message>
        <source>the file carries no document id; type the id printed on the sign-off</source>
        <translation>le fichier ne porte aucune référence de document&#xa0;; saisissez la référence imprimée sur le procès-verbal</translation>
    </message>
    <message>
        <source>no sign-off with document id {document} exists here</source>
        <translation>aucun procès-verbal de référence {document} n’existe ici</translation>
    </message>
    <message>
        <source>this PDF is another version of sign-off {document} (an earlier round or a different milestone): its fingerprint does not match the accepted round</source>
        <translation>ce PDF est une autre version du procès-verbal {document} (une revue antérieure ou un autre jalon)&#xa0;: son empreinte ne correspond pas à la revue acceptée</translation>
    </message>
    <message>
        <source>this file is another version of sign-off {document} (an earlier round or a different milestone): its fingerprint does not match the accepted round</source>
        <translation>ce fichier est une autre version du procès-verbal {document} (une revue antérieure ou un autre jalon)&#xa0;: son empreinte ne correspond pas à la revue acceptée</translation>
    </message>
    <message>
        <source>sign-off {document} has not been issued yet: export its PDF first; only an issued sign-off can come back signed</source>
        <translation>le procès-verbal {document} n’a pas encore été émis : exportez d’abord son PDF ; seul un procès-verbal émis peut revenir signé</translation>
    </message>
    <message>
        <source>the file belongs to sign-off {found}, not {document}</source>
        <translation>le fichier appartient au procès-verbal {found}, et non à {document}</translation>
    </message>
    <message>
        <source>this file is sign-off {found}, not {document} (milestone {position} of {code})</source>
        <translation>ce fichier est le procès-verbal {found}, et non {document} (jalon {position} de {code})</translation>
    </message>
    <message>
        <source>the PDF has no digital signature; a copy signed on paper is recorded as a scan</source>
        <translation>le PDF ne porte aucune signature électronique&#xa0;; une copie signée sur papier s’enregistre comme un scan</translation>
    </message>
    <message>
        <source>the signature is damaged and could not be checked</source>
        <translation>la signature est endommagée et n’a pas pu être vérifiée</translation>
    </message>
    <message>
        <source>the signature is broken: the document was changed after it was signed</source>
        <translation>la signature est rompue&#xa0;: le document a été modifié après sa signature</translation>
    </message>
    <message>
        <source>the signature does not cover the whole document</source>
        <translation>la signature ne couvre pas l’ensemble du document</translation>
    </message>
    <message>
        <source>the document was changed after it was signed (more than filling in form fields)</source>
        <translation>le document a été modifié après sa signature (au-delà du remplissage des champs de formulaire)</translation>
    </message>
    <message>
        <source>the document was changed in a way its signer did not allow</source>
        <translation>le document a été modifié d’une manière que son signataire n’autorisait pas</translation>
    </message>
    <message>
        <source>data was added to the file after it was signed</source>
        <translation>des données ont été ajoutées au fichier après sa signature</translation>
    </message>
    <message>
        <source>the signed PDF is not built on the copy of {document} we issued (it was regenerated or edited before signing)</source>
        <translation>le PDF signé n’est pas construit sur l’exemplaire de {document} que nous avons émis (il a été régénéré ou modifié avant la signature)</translation>
    </message>
    <message>
        <source>signed digitally by {signer}; the sign-off is unchanged since we issued it</source>
        <translation>signé électroniquement par {signer}&#xa0;; le procès-verbal est inchangé depuis son émission</translation>
    </message>
    <message>
        <source>signed digitally by {signer}; the sign-off is unchanged since we issued it (form fields were filled in after signing)</source>
        <translation>signé électroniquement par {signer}&#xa0;; le procès-verbal est inchangé depuis son émission (des champs de formulaire ont été remplis après la signature)</translation>
    </message>
    <message>
        <source>signed digitally by an unnamed signer; the sign-off is unchanged since we issued it</source>
        <translation>signé électroniquement par un signataire sans nom&#xa0;; le procès-verbal est inchangé depuis son émission</translation>
    </message>
    <message>
        <source>signed digitally by an unnamed signer; the sign-off is unchanged since we issued it (form fields were filled in after signing)</source>
        <translation>signé électroniquement par un signataire sans nom&#xa0;; le procès-verbal est inchangé depuis son émission (des champs de formulaire ont été remplis après la signature)</translation>
    </message>
    <message>
        <source>scanned copy matched to sign-off {document} by the id in the file; recorded with its hash</source>
        <translation>copie numérisée rapprochée du procès-verbal {document} par la référence du fichier&#xa0;; enregistrée avec son empreinte</translation>
    </message>
    <message>
        <source>scanned copy matched to sign-off {document} by the id typed in; recorded with its hash</source>
        <translation>copie numérisée rapprochée du procès-verbal {document} par la référence saisie&#xa0;; enregistrée avec son empreinte</translation>
    </message>
    <message>
        <source>typed acknowledgement matched to sign-off {document} by the id in the file; recorded with its hash</source>
        <translation>accord écrit rapproché du procès-verbal {document} par la référence du fichier&#xa0;; enregistré avec son empreinte</translation>
    </message>
    <message>
        <source>typed acknowledgement matched to sign-off {document} by the id typed in; recorded with its hash</source>
        <translation>accord écrit rapproché du procès-verbal {document} par la référence saisie&#xa0;; enregistré avec son empreinte</translation>
    </message>
    <message>
        <source>pages were added to or removed from the sign-off after we issued it</source>
        <translation>des pages ont été ajoutées au procès-verbal ou retirées après son émission</translation>
    </message>
    <message>
        <source>the content of page {page} was changed after we issued the sign-off</source>
        <translation>le contenu de la page {page} a été modifié après l’émission du procès-verbal</translation>
    </message>
    <message>
        <source>comments or markings were added to page {page} after we issued the sign-off; a comment can carry conditions, so ask the client for a signed copy without comments</source>
        <translation>des commentaires ou des marques ont été ajoutés en page {page} après l’émission du procès-verbal&#xa0;; un commentaire peut porter des réserves, demandez donc au client un exemplaire signé sans commentaire</translation>
    </message>
    <message>
        <source>a form field we did not place ({field}) was added to the sign-off</source>
        <translation>un champ de formulaire que nous n’avons pas placé ({field}) a été ajouté au procès-verbal</translation>
    </message>
    <message>
        <source>a signature appearance on page {page} lies outside the signature box, over the sign-off&apos;s content</source>
        <translation>l’apparence d’une signature en page {page} sort du cadre de signature et recouvre le contenu du procès-verbal</translation>
    </message>
    <message>
        <source>the sign-off was changed after we issued it in a way other than signing it</source>
        <translation>le procès-verbal a été modifié après son émission autrement que par sa signature</translation>
    </message>
    <message>
        <source>the file is neither a readable PDF nor an image, so it is not a scan</source>
        <translation>le fichier n’est ni un PDF lisible ni une image&#xa0;: ce n’est donc pas une copie numérisée</translation>
    </message>
    <message>
        <source>the file is neither a readable PDF, an image nor text, so it is not an acknowledgement</source>
        <translation>le fichier n’est ni un PDF lisible, ni une image, ni du texte&#xa0;: ce n’est donc pas un accord écrit</translation>
    </message>
    <message>
        <source>signed digitally by {signer}; the sign-off is unchanged since we issued it (another signature added)</source>
        <translation>signé électroniquement par {signer}&#xa0;; le procès-verbal est inchangé depuis son émission (une autre signature a été ajoutée)</translation>
    </message>
    <message>
        <source>signed digitally by an unnamed signer; the sign-off is unchanged since we issued it (another signature added)</source>
        <translation>signé électroniquement par un signataire sans nom&#xa0;; le procès-verbal est inchangé depuis son émission (une autre signature a été ajoutée)</translation>
    </message>
    <message>
        <source>signed digitally by {signer}; the sign-off is unchanged since we issued it (document information updated)</source>
        <translation>signé électroniquement par {signer}&#xa0;; le procès-verbal est inchangé depuis son émission (informations du document mises à jour)</translation>
    </message>
    <message>
        <source>signed digitally by an unnamed signer; the sign-off is unchanged since we issued it (document information updated)</source>
        <translation>signé électroniquement par un signataire sans nom&#xa0;; le procès-verbal est inchangé depuis son émission (informations du document mises à jour)</translation>
    </message>
    <message>
        <source>signed digitally by {signer}; the sign-off is unchanged since we issued it (another signature added; document information updated)</source>
        <translation>signé électroniquement par {signer}&#xa0;; le procès-verbal est inchangé depuis son émission (une autre signature a été ajoutée&#xa0;; informations du document mises à jour)</translation>
    </message>
    <message>
        <source>signed digitally by an unnamed signer; the sign-off is unchanged since we issued it (another signature added; document information updated)</source>
        <translation>signé électroniquement par un signataire sans nom&#xa0;; le procès-verbal est inchangé depuis son émission (une autre signature a été ajoutée&#xa0;; informations du document mises à jour)</translation>
    </message>
    <message>
        <source>scanned copy matched to sign-off {document} by the id in the file; a scan cannot be verified cryptographically; recorded with its hash</source>
        <translation>copie numérisée rapprochée du procès-verbal {document} par la référence du fichier&#xa0;; une copie numérisée ne peut pas être vérifiée cryptographiquement&#xa0;; enregistrée avec son empreinte</translation>
    </message>
    <message>
        <source>scanned copy matched to sign-off {document} by the id typed in; a scan cannot be verified cryptographically; recorded with its hash</source>
        <translation>copie numérisée rapprochée du procès-verbal {document} par la référence saisie&#xa0;; une copie numérisée ne peut pas être vérifiée cryptographiquement&#xa0;; enregistrée avec son empreinte</translation>
    </message>
    <message>
        <source>typed acknowledgement matched to sign-off {document} by the id in the file; it cannot be verified cryptographically; recorded with its hash</source>
        <translation>accord écrit rapproché du procès-verbal {document} par la référence du fichier&#xa0;; il ne peut pas être vérifié cryptographiquement&#xa0;; enregistré avec son empreinte</translation>
    </message>
    <message>
        <source>typed acknowledgement matched to sign-off {document} by the id typed in; it cannot be verified cryptographically; recorded with its hash</source>
        <translation>accord écrit rapproché du procès-verbal {document} par la référence saisie&#xa0;; il ne peut pas être vérifié cryptographiquement&#xa0;; enregistré avec son empreinte</translation>
    </message>
    <message>
        <source>signer certificate not checked against a trust list</source>
        <translation>certificat du signataire non vérifié auprès d’une liste de confiance</translation>
    </message>
    <message>
        <source>signer certificate chains to a trusted root</source>
        <translation>le certificat du signataire remonte à une racine de confiance</translation>
    </message>
    <message>
        <source>signer certificate is not issued by a trusted authority ({problem})</source>
        <translation>le certificat du signataire n’est pas délivré par une autorité de confiance ({problem})</translation>
    </message>
    <message>
        <source>signer certificate is not issued by a trusted authority</source>
        <translation>le certificat du signataire n’est pas délivré par une autorité de confiance</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Welcome</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Welcome to Scopekeeper</source>
        <translation>Bienvenue dans Scopekeeper</translation>
    </message>
    <message>
        <source>New engagement…</source>
        <translation>Nouvelle mission…</translation>
    </message>
    <message>
        <source>New engagement</source>
        <translation>Nouvelle mission</translation>
    </message>
    <message>
        <source>Open sample data</source>
        <translation>Ouvrir les données d’exemple</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Open the dashboard</source>
        <translation>Ouvrir le tableau de bord</translation>
    </message>
    <message>
        <source>Ctrl+N creates an engagement, Ctrl+I captures an idea, Ctrl+F filters the list.</source>
        <translation>Ctrl+N crée une mission, Ctrl+I note une idée, Ctrl+F filtre la liste.</translation>
    </message>
    <message>
        <source>Scopekeeper</source>
        <translation>Scopekeeper</translation>
    </message>
    <message numerus="yes">
        <source>This database holds %n engagement(s). Choose one on the left, or open the dashboard for the portfolio&apos;s figures and what falls due.</source>
        <translation>
            <numerusform>Cette base de données contient %n mission. Choisissez une mission à gauche, ou ouvrez le tableau de bord pour les chiffres du portefeuille et les échéances à venir.</numerusform>
            <numerusform>Cette base de données contient %n missions. Choisissez une mission à gauche, ou ouvrez le tableau de bord pour les chiffres du portefeuille et les échéances à venir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan each engagement as a roadmap of billing points with written acceptance criteria. Activate it to lock the scope, review milestones against their criteria, send sign-off PDFs, and divert new client ideas into spin-off engagements.</source>
        <translation>Planifiez chaque mission comme une feuille de route de points de facturation assortis de critères d’acceptation écrits. Activez-la pour figer le périmètre, passez les jalons en revue au regard de leurs critères, envoyez les procès-verbaux en PDF et réorientez les nouvelles idées du client vers des missions dérivées.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>Something went wrong that Scopekeeper did not expect: {0}

Nothing was half-saved: the action was rolled back. The details are in {1}.</source>
        <translation>Un problème que Scopekeeper n’avait pas prévu est survenu&#xa0;: {0}

Rien n’a été enregistré à moitié&#xa0;: l’action a été annulée. Les détails se trouvent dans {1}.</translation>
    </message>
    <message>
        <source>Database server not reachable</source>
        <translation>Serveur de base de données injoignable</translation>
    </message>
    <message>
        <source>Database not opened</source>
        <translation>Base de données non ouverte</translation>
    </message>
    <message>
        <source>Open another database…</source>
        <translation>Ouvrir une autre base de données…</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Choisir un autre fichier…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Open or create a database</source>
        <translation>Ouvrir ou créer une base de données</translation>
    </message>
    <message>
        <source>Scopekeeper database (*.sqlite3 *.db);;All files (*)</source>
        <translation>Base de données Scopekeeper (*.sqlite3 *.db);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Undone: {0}</source>
        <translation>Annulé&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Add milestone &apos;{0}&apos;</source>
        <translation>Ajouter le jalon «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Remove milestone &apos;{0}&apos;</source>
        <translation>Supprimer le jalon «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Move milestone to position {0}</source>
        <translation>Déplacer le jalon en position {0}</translation>
    </message>
    <message>
        <source>Edit milestone &apos;{0}&apos;</source>
        <translation>Modifier le jalon «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Edit engagement terms</source>
        <translation>Modifier les conditions de la mission</translation>
    </message>
    <message>
        <source>Capture idea</source>
        <translation>Noter une idée</translation>
    </message>
</context>
</TS>
