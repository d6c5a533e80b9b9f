<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ActivateDialog</name>
    <message>
        <source>Activate {0}</source>
        <translation>Activer {0}</translation>
    </message>
    <message numerus="yes">
        <source>Activating {0} locks its scope: its %n milestones, worth {1} in total, can then no longer be changed, removed or reordered, and no milestone can be added. Amounts, deliverables, acceptance criteria, baseline dates and the objectives are recorded in baseline v1 with a fingerprint.

Afterwards only forecast dates move (with a reason). New client ideas go to the ideas backlog and can become spin-off engagements.</source>
        <translation>
            <numerusform>Activer {0} fige son périmètre&#xa0;: son %n jalon, d’un montant de {1}, ne pourra plus être modifié ni supprimé, et aucun jalon ne pourra être ajouté. Montants, livrables, critères d’acceptation, dates de référence et objectifs sont enregistrés dans la référence contractuelle v1 avec une empreinte.

Ensuite, seules les dates prévisionnelles bougent (avec un motif). Les nouvelles idées du client vont dans le backlog d’idées et peuvent devenir des missions dérivées.</numerusform>
            <numerusform>Activer {0} fige son périmètre&#xa0;: ses %n jalons, d’un montant total de {1}, ne pourront plus être modifiés, supprimés ni réordonnés, et aucun jalon ne pourra être ajouté. Montants, livrables, critères d’acceptation, dates de référence et objectifs sont enregistrés dans la référence contractuelle v1 avec une empreinte.

Ensuite, seules les dates prévisionnelles bougent (avec un motif). Les nouvelles idées du client vont dans le backlog d’idées et peuvent devenir des missions dérivées.</numerusform>
        </translation>
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
    <name>AgencyFirst</name>
    <message>
        <source>Your agency on documents</source>
        <translation>Votre agence sur les documents</translation>
    </message>
    <message>
        <source>Sign-offs print your agency&apos;s name, address, logo and signatory beside the client&apos;s, as they are when the sign-off is first issued. They are not filled in yet: enter them once here, and every sign-off issued from now on carries them.</source>
        <translation>Les procès-verbaux impriment le nom, l’adresse, le logo et le signataire de votre agence à côté de ceux du client, tels qu’ils sont lors de la première émission du procès-verbal. Ils ne sont pas encore renseignés&#xa0;: saisissez-les une fois ici, et chaque procès-verbal émis désormais les portera.</translation>
    </message>
    <message>
        <source>The agency&apos;s identity is still empty: sign-offs issued now print no agency. Fill it in under File ▸ Preferences.</source>
        <translation>L’identité de l’agence est encore vide&#xa0;: les procès-verbaux émis maintenant n’indiqueront aucune agence. Renseignez-la dans Fichier ▸ Préférences.</translation>
    </message>
</context>
<context>
    <name>Billing</name>
    <message>
        <source>Mark paid</source>
        <translation>Marquer comme payé</translation>
    </message>
    <message>
        <source>Mark {0} milestone {1} “{2}” paid on {3}?

A payment cannot be undone; it is written to the history.</source>
        <translation>Marquer le jalon {1} «&#xa0;{2}&#xa0;» de {0} comme payé le {3}&#xa0;?

Un paiement ne peut pas être annulé&#xa0;; il est inscrit dans l’historique.</translation>
    </message>
    <message>
        <source>Mark invoiced</source>
        <translation>Marquer comme facturé</translation>
    </message>
    <message>
        <source>Invoice reference for {0} milestone {1} (optional):</source>
        <translation>Référence de facture pour le jalon {1} de {0} (facultatif)&#xa0;:</translation>
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
    <name>ClientEditDialog</name>
    <message>
        <source>Edit client {0}</source>
        <translation>Modifier le client {0}</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Modifier le client</translation>
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
        <source>Sign-offs already made keep the names they were made with. A contact who reviewed a round or is named on a sign-off cannot be removed.</source>
        <translation>Les validations déjà établies gardent les noms avec lesquels elles ont été faites. Un contact qui a mené un cycle de revue ou qui figure sur une validation ne peut pas être supprimé.</translation>
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
        <source>Client {0} saved.</source>
        <translation>Client {0} enregistré.</translation>
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
    <message numerus="yes">
        <source>{0} of {1} reviewed milestones accepted first time ({2} %)</source>
        <translation>
            <numerusform>{0} sur {1} jalon revu accepté dès la première revue ({2}&#xa0;%)</numerusform>
            <numerusform>{0} sur {1} jalons revus acceptés dès la première revue ({2}&#xa0;%)</numerusform>
        </translation>
    </message>
    <message>
        <source>no milestone reviewed yet</source>
        <translation>aucun jalon revu pour l’instant</translation>
    </message>
    <message>
        <source>{0} days from submission to decision</source>
        <translation>{0} jours entre la soumission et la décision</translation>
    </message>
    <message numerus="yes">
        <source>%n captured</source>
        <translation>
            <numerusform>%n notée</numerusform>
            <numerusform>%n notées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n diverted</source>
        <translation>
            <numerusform>%n réorientée</numerusform>
            <numerusform>%n réorientées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parked</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n declined</source>
        <translation>
            <numerusform>%n refusée</numerusform>
            <numerusform>%n refusées</numerusform>
        </translation>
    </message>
    <message>
        <source>no client decision yet</source>
        <translation>aucune décision du client pour l’instant</translation>
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
        <source>Mark invoiced…</source>
        <translation>Marquer comme facturé…</translation>
    </message>
    <message>
        <source>Undo of the move to {0}: {1}</source>
        <translation>Annulation du décalage au {0}&#xa0;: {1}</translation>
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
        <source>Delete draft…</source>
        <translation>Supprimer le brouillon…</translation>
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
        <source>Delete draft {0}</source>
        <translation>Supprimer le brouillon {0}</translation>
    </message>
    <message>
        <source>Delete the draft {0} “{1}” and its milestones? Edit &gt; Undo brings it back while this window is open.</source>
        <translation>Supprimer le brouillon {0} «&#xa0;{1}&#xa0;» et ses jalons&#xa0;? Édition &gt; Annuler le rétablit tant que cette fenêtre reste ouverte.</translation>
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
        <source>Click the client&apos;s name to edit the client</source>
        <translation>Cliquez sur le nom du client pour le modifier</translation>
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
    <message numerus="yes">
        <source>Total of %n milestones: {0}</source>
        <translation>
            <numerusform>Total de %n jalon&#xa0;: {0}</numerusform>
            <numerusform>Total des %n jalons&#xa0;: {0}</numerusform>
        </translation>
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
        <source>Cancelled after activation · scope stayed locked at baseline v1 {0}</source>
        <translation>Annulé après l’activation · périmètre resté figé à la référence contractuelle v1 {0}</translation>
    </message>
    <message>
        <source>Cancelled as a draft · the scope was never locked</source>
        <translation>Annulé à l’état de brouillon · le périmètre n’a jamais été verrouillé</translation>
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
        <source>Stored &amp;records as CSV (raw)…</source>
        <translation>En&amp;registrements bruts en CSV…</translation>
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
    <message numerus="yes">
        <source>{0} history events</source>
        <translation>
            <numerusform>{0} événement d’historique</numerusform>
            <numerusform>{0} événements d’historique</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported {0} engagements and {1} from {2}</source>
        <translation>
            <numerusform>Importé depuis {2}&#xa0;: {0} mission et {1}</numerusform>
            <numerusform>Importé depuis {2}&#xa0;: {0} missions et {1}</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing {0}</source>
        <translation>Import de {0}</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>Scopekeeper database (*.sqlite3 *.db);;All files (*)</source>
        <translation>Base de données Scopekeeper (*.sqlite3 *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open or create a database</source>
        <translation>Ouvrir ou créer une base de données</translation>
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
    <name>HelpDialogs</name>
    <message>
        <source>Scopekeeper {0}</source>
        <translation>Scopekeeper {0}</translation>
    </message>
    <message>
        <source>Locked-scope engagements, milestone sign-offs and spin-offs, offline.</source>
        <translation>Missions à périmètre verrouillé, procès-verbaux de jalons et missions dérivées, hors ligne.</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>Base de données&#xa0;: {0}</translation>
    </message>
    <message>
        <source>About Scopekeeper</source>
        <translation>À propos de Scopekeeper</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>The milestone steps work on the milestone selected on an engagement&apos;s page.</source>
        <translation>Les étapes d’un jalon s’appliquent au jalon sélectionné sur la page d’une mission.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planifier</translation>
    </message>
    <message>
        <source>File ▸ New engagement (Ctrl+N) creates a draft for a client. Add its milestones with amounts, due dates and acceptance criteria; a draft can change freely.</source>
        <translation>Fichier ▸ Nouvelle mission (Ctrl+N) crée un brouillon pour un client. Ajoutez ses jalons avec montants, échéances et critères d’acceptation&#xa0;; un brouillon se modifie librement.</translation>
    </message>
    <message>
        <source>Lock the scope</source>
        <translation>Verrouiller le périmètre</translation>
    </message>
    <message>
        <source>Activate the engagement: its milestones, amounts and criteria are then the contract. New wishes become ideas (Ctrl+I), never silent changes.</source>
        <translation>Activez la mission&#xa0;: ses jalons, montants et critères forment alors le contrat. Les nouvelles demandes deviennent des idées (Ctrl+I), jamais des changements silencieux.</translation>
    </message>
    <message>
        <source>Deliver and review</source>
        <translation>Livrer et faire valider</translation>
    </message>
    <message>
        <source>Start a milestone, submit it for review, then record the client&apos;s verdict on each criterion. An accepted milestone gets a sign-off PDF to be signed.</source>
        <translation>Démarrez un jalon, soumettez-le à validation, puis enregistrez l’avis du client sur chaque critère. Un jalon accepté reçoit un procès-verbal PDF à signer.</translation>
    </message>
    <message>
        <source>Get paid</source>
        <translation>Être payé</translation>
    </message>
    <message>
        <source>Mark a signed milestone invoiced, then paid. The dashboard (Ctrl+D) shows what is outstanding and what falls due in the next 14 days.</source>
        <translation>Marquez un jalon signé comme facturé, puis payé. Le tableau de bord (Ctrl+D) montre ce qui reste dû et ce qui arrive à échéance dans les 14 prochains jours.</translation>
    </message>
    <message>
        <source>Ideas and spin-offs</source>
        <translation>Idées et missions dérivées</translation>
    </message>
    <message>
        <source>Ideas wait in the backlog: park them, decline them, or divert them into a spin-off engagement with its own contract.</source>
        <translation>Les idées attendent dans le carnet&#xa0;: mettez-les de côté, refusez-les, ou transformez-les en mission dérivée avec son propre contrat.</translation>
    </message>
    <message>
        <source>Find and export</source>
        <translation>Rechercher et exporter</translation>
    </message>
    <message>
        <source>Ctrl+K searches engagements, milestones, contacts and ideas. File ▸ Export writes the history (PDF, CSV, Excel), the roadmap and the weekly status.</source>
        <translation>Ctrl+K recherche dans les missions, jalons, contacts et idées. Fichier ▸ Exporter produit l’historique (PDF, CSV, Excel), la feuille de route et le point hebdomadaire.</translation>
    </message>
    <message>
        <source>Scopekeeper guide</source>
        <translation>Guide de Scopekeeper</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
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
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message numerus="yes">
        <source>{0} of {1} events shown</source>
        <translation>
            <numerusform>{0} sur {1} événement affiché</numerusform>
            <numerusform>{0} sur {1} événements affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>Event {0} · {1} · {2} · {3}: {4}</source>
        <translation>Événement {0} · {1} · {2} · {3}&#xa0;: {4}</translation>
    </message>
    <message>
        <source>Stored record before:</source>
        <translation>Enregistrement stocké, avant&#xa0;:</translation>
    </message>
    <message>
        <source>Stored record after:</source>
        <translation>Enregistrement stocké, après&#xa0;:</translation>
    </message>
    <message>
        <source>Recorded at {0} · hash {1}</source>
        <translation>Enregistré le {0} · empreinte {1}</translation>
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
        <source>Nothing to save.</source>
        <translation>Rien à enregistrer.</translation>
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
        <source>Search milestones, contacts and ideas too (Ctrl+K)</source>
        <translation>Rechercher aussi dans les jalons, contacts et idées (Ctrl+K)</translation>
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
        <source>{0} has no engagement yet.</source>
        <translation>{0} n’a encore aucune mission.</translation>
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
        <source>Ne&amp;w database…</source>
        <translation>No&amp;uvelle base de données…</translation>
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
        <source>&amp;Search everything…</source>
        <translation>Rechercher &amp;partout…</translation>
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
        <source>Scopekeeper &amp;guide</source>
        <translation>&amp;Guide de Scopekeeper</translation>
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
        <source>Due date warning</source>
        <translation>Avertissement sur l’échéance</translation>
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
        <source>Acceptance criteria</source>
        <translation>Critères d’acceptation</translation>
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
        <source>Engagement cancelled: its milestones stay as they were and no longer change.</source>
        <translation>Mission annulée&#xa0;: ses jalons restent tels quels et ne changent plus.</translation>
    </message>
    <message>
        <source>Scope locked: these fields are part of the baseline. Capture an idea to propose a change.</source>
        <translation>Périmètre figé&#xa0;: ces champs font partie de la référence contractuelle. Notez une idée pour proposer une modification.</translation>
    </message>
    <message>
        <source>No acceptance criteria yet.</source>
        <translation>Pas encore de critère d’acceptation.</translation>
    </message>
    <message>
        <source>Target: {0}</source>
        <translation>Cible&#xa0;: {0}</translation>
    </message>
    <message>
        <source>⚠ Due before the engagement starts ({0}).</source>
        <translation>⚠ Échéance antérieure au début de la mission ({0}).</translation>
    </message>
    <message>
        <source>⚠ Due after the engagement&apos;s target end ({0}).</source>
        <translation>⚠ Échéance postérieure à la fin prévue de la mission ({0}).</translation>
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
        <source>Previous review round</source>
        <translation>Cycle de revue précédent</translation>
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
        <source>no reviewer named</source>
        <translation>aucun relecteur indiqué</translation>
    </message>
    <message numerus="yes">
        <source>Round {0} on {1} ({2}): {3} — {4} of {5} criteria not met. Its verdicts and notes are under each criterion.</source>
        <translation>
            <numerusform>Cycle {0} du {1} ({2})&#xa0;: {3} — {4} sur {5} critère non satisfait. Ses verdicts et notes figurent sous chaque critère.</numerusform>
            <numerusform>Cycle {0} du {1} ({2})&#xa0;: {3} — {4} sur {5} critères non satisfaits. Ses verdicts et notes figurent sous chaque critère.</numerusform>
        </translation>
    </message>
    <message>
        <source>Round {0}: {1}</source>
        <translation>Cycle {0}&#xa0;: {1}</translation>
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
    <name>SearchDialog</name>
    <message>
        <source>Engagement</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Rechercher partout</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Search for</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Engagements, milestones, contacts, ideas… (at least 2 letters)</source>
        <translation>Missions, jalons, contacts, idées… (2 lettres au moins)</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>État de la recherche</translation>
    </message>
    <message>
        <source>Type at least two letters.</source>
        <translation>Saisissez au moins deux lettres.</translation>
    </message>
    <message>
        <source>Nothing found for “{0}”.</source>
        <translation>Aucun résultat pour «&#xa0;{0}&#xa0;».</translation>
    </message>
    <message>
        <source>{0} found; Enter opens the selected one.</source>
        <translation>{0} trouvé(s)&#xa0;; Entrée ouvre l’élément sélectionné.</translation>
    </message>
    <message>
        <source>Only the first of each kind are listed: type more to narrow.</source>
        <translation>Seuls les premiers de chaque sorte sont listés&#xa0;: précisez la recherche.</translation>
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
        <translation>L’interface parlera la nouvelle langue au prochain démarrage de Scopekeeper. Redémarrer maintenant&#xa0;?</translation>
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
        <source>Agency warning</source>
        <translation>Avertissement sur l’agence</translation>
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
        <source>Invoice reference</source>
        <translation>Référence de facture</translation>
    </message>
    <message>
        <source>Optional, e.g. INV-2026-042</source>
        <translation>Facultatif, par ex. FAC-2026-042</translation>
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
        <source>Invoice &amp;reference</source>
        <translation>&amp;Référence de facture</translation>
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
        <source>Invoice reference: {0}</source>
        <translation>Référence de facture&#xa0;: {0}</translation>
    </message>
    <message>
        <source>e.g. {0}</source>
        <translation>par ex. {0}</translation>
    </message>
    <message>
        <source>The document id as printed on the returned copy</source>
        <translation>L’identifiant du document tel qu’imprimé sur l’exemplaire renvoyé</translation>
    </message>
    <message>
        <source>⚠ This sign-off names no agency: the agency&apos;s identity was empty when it was signed, and a signed sign-off never changes.</source>
        <translation>⚠ Ce procès-verbal n’indique aucune agence&#xa0;: l’identité de l’agence était vide lors de sa signature, et un procès-verbal signé ne change plus.</translation>
    </message>
    <message>
        <source>Sign-offs neither issued nor signed yet name the agency once it is filled in under File ▸ Preferences ▸ Agency identity on documents.</source>
        <translation>Les procès-verbaux qui ne sont encore ni émis ni signés indiqueront l’agence dès qu’elle sera renseignée dans Fichier ▸ Préférences ▸ Identité de l’agence sur les documents.</translation>
    </message>
    <message>
        <source>⚠ This sign-off names no agency: the agency&apos;s identity was empty when it was issued, and an issued sign-off never changes.</source>
        <translation>⚠ Ce procès-verbal n’indique aucune agence&#xa0;: l’identité de l’agence était vide lors de son émission, et un procès-verbal émis ne change plus.</translation>
    </message>
    <message>
        <source>⚠ This sign-off names no agency: the agency&apos;s identity was empty when it was issued, and an issued sign-off never changes. Sign-offs not issued yet name the agency once it is filled in under File ▸ Preferences ▸ Agency identity on documents.</source>
        <translation>⚠ Ce procès-verbal n’indique aucune agence&#xa0;: l’identité de l’agence était vide lors de son émission, et un procès-verbal émis ne change plus. Les procès-verbaux pas encore émis indiqueront l’agence dès qu’elle sera renseignée dans Fichier ▸ Préférences ▸ Identité de l’agence sur les documents.</translation>
    </message>
    <message>
        <source>⚠ Your agency&apos;s identity is empty, so this sign-off would name no agency. Fill it in under File ▸ Preferences ▸ Agency identity on documents before exporting it.</source>
        <translation>⚠ L’identité de votre agence est vide&#xa0;: ce procès-verbal n’indiquerait aucune agence. Renseignez-la dans Fichier ▸ Préférences ▸ Identité de l’agence sur les documents avant de l’exporter.</translation>
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
        <source>Sign-off PDF saved to {0}. It names no agency: the agency&apos;s identity was empty when it was issued.</source>
        <translation>Procès-verbal PDF enregistré dans {0}. Il n’indique aucune agence&#xa0;: l’identité de l’agence était vide lors de son émission.</translation>
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
    <message numerus="yes">
        <source>{0} milestones from {1} to {2}; {3} forecast later than baseline</source>
        <translation>
            <numerusform>{0} jalon du {1} au {2}&#xa0;; {3} avec une prévision postérieure à la référence</numerusform>
            <numerusform>{0} jalons du {1} au {2}&#xa0;; {3} avec une prévision postérieure à la référence</numerusform>
        </translation>
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
        <translation>le procès-verbal {document} n’a pas encore été émis&#xa0;: exportez d’abord son PDF&#xa0;; seul un procès-verbal émis peut revenir signé</translation>
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
</context>
<context>
    <name>connecting</name>
    <message>
        <source>Scopekeeper cannot reach the database server at {0}, port {1} (database {2}): {3}

Check that the server is running and that this computer can reach it (network, VPN), then try again.</source>
        <translation>Scopekeeper ne parvient pas à joindre le serveur de base de données {0}, port {1} (base {2})&#xa0;: {3}

Vérifiez que le serveur est démarré et que cet ordinateur peut l’atteindre (réseau, VPN), puis réessayez.</translation>
    </message>
    <message>
        <source>The server refused the password for {0}.</source>
        <translation>Le serveur a refusé le mot de passe de {0}.</translation>
    </message>
    <message>
        <source>The server asks for the password of {0}.</source>
        <translation>Le serveur demande le mot de passe de {0}.</translation>
    </message>
    <message>
        <source>No password was given for {0}, so it was not opened.</source>
        <translation>Aucun mot de passe n’a été saisi pour {0}&#xa0;: la base n’a pas été ouverte.</translation>
    </message>
    <message>
        <source>The database server did not open {0}: {1}</source>
        <translation>Le serveur de base de données n’a pas ouvert {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>No system keyring is available, so Scopekeeper cannot remember this password; it will ask again next time.</source>
        <translation>Aucun trousseau système n’est disponible&#xa0;: Scopekeeper ne peut pas retenir ce mot de passe et vous le redemandera la prochaine fois.</translation>
    </message>
    <message>
        <source>{0}, port {1}</source>
        <translation>à l’adresse {0}, port {1}</translation>
    </message>
    <message>
        <source>its address</source>
        <translation>à son adresse</translation>
    </message>
    <message>
        <source>Nothing was half-saved: the action was rolled back. Try again once the server is back.</source>
        <translation>Rien n’a été enregistré à moitié&#xa0;: l’action a été annulée. Réessayez quand le serveur sera de retour.</translation>
    </message>
    <message>
        <source>Database server not reachable</source>
        <translation>Serveur de base de données injoignable</translation>
    </message>
    <message>
        <source>Scopekeeper lost the database server at {0}: nothing answers there now. Check that the server is running and that this computer can reach it (network, VPN).

{1}</source>
        <translation>Scopekeeper a perdu le serveur de base de données {0}&#xa0;: plus rien n’y répond. Vérifiez que le serveur est démarré et que cet ordinateur peut l’atteindre (réseau, VPN).

{1}</translation>
    </message>
    <message>
        <source>Database connection lost</source>
        <translation>Connexion à la base de données perdue</translation>
    </message>
    <message>
        <source>The connection to the database server at {0} failed: {1}

{2}</source>
        <translation>La connexion au serveur de base de données {0} a échoué&#xa0;: {1}

{2}</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>&apos;{affix}&apos; stands for {others}, but this amount is in {currency}; enter it without a currency sign, like {example}</source>
        <translation>«&#xa0;{affix}&#xa0;» désigne {others}, mais ce montant est en {currency}&#xa0;; saisissez-le sans symbole monétaire, comme {example}</translation>
    </message>
    <message>
        <source>&apos;{backend}&apos; databases are not supported: use a file path or a postgresql+psycopg:// URL</source>
        <translation>les bases de données «&#xa0;{backend}&#xa0;» ne sont pas prises en charge&#xa0;: indiquez un chemin de fichier ou une URL postgresql+psycopg://</translation>
    </message>
    <message>
        <source>&apos;{character}&apos; cannot appear in an amount; enter it like {example}</source>
        <translation>«&#xa0;{character}&#xa0;» ne peut pas figurer dans un montant&#xa0;; saisissez-le comme {example}</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an ISO 4217 currency code; use three letters such as EUR, USD or JPY</source>
        <translation>«&#xa0;{code}&#xa0;» n’est pas un code de devise ISO 4217&#xa0;; utilisez trois lettres comme EUR, USD ou JPY</translation>
    </message>
    <message>
        <source>&apos;{folder}&apos; is a file, not a folder</source>
        <translation>«&#xa0;{folder}&#xa0;» est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be used as a file name on every system</source>
        <translation>«&#xa0;{name}&#xa0;» ne peut pas servir de nom de fichier sur tous les systèmes</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a valid file name here; choose another name</source>
        <translation>«&#xa0;{name}&#xa0;» n’est pas un nom de fichier valide ici&#xa0;; choisissez-en un autre</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; cannot be written: the folder or file is read-only, or the file is open in another program; choose another place or close the file</source>
        <translation>«&#xa0;{path}&#xa0;» ne peut pas être écrit&#xa0;: le dossier ou le fichier est en lecture seule, ou le fichier est ouvert dans un autre programme&#xa0;; choisissez un autre emplacement ou fermez le fichier</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; could not be written: {problem}</source>
        <translation>«&#xa0;{path}&#xa0;» n’a pas pu être écrit&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; does not name a file; choose a file name</source>
        <translation>«&#xa0;{path}&#xa0;» ne désigne pas un fichier&#xa0;; choisissez un nom de fichier</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is a folder; choose a file name inside it</source>
        <translation>«&#xa0;{path}&#xa0;» est un dossier&#xa0;; choisissez un nom de fichier à l’intérieur</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is ambiguous here: &apos;{separator}&apos; could separate thousands or decimals; enter it like {example}</source>
        <translation>«&#xa0;{text}&#xa0;» est ambigu ici&#xa0;: «&#xa0;{separator}&#xa0;» pourrait séparer les milliers ou les décimales&#xa0;; saisissez-le comme {example}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number; enter an amount, like {example}</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas un nombre&#xa0;; saisissez un montant, comme {example}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a well-formed amount; enter it like {example}</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas un montant bien formé&#xa0;; saisissez-le comme {example}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an amount in minor units; expected whole ASCII digits such as 123450, optionally with a leading &apos;-&apos;</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas un montant en unités mineures&#xa0;; chiffres ASCII entiers attendus, comme 123450, éventuellement précédés de «&#xa0;-&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is too large to be an amount</source>
        <translation>«&#xa0;{text}&#xa0;» est trop grand pour être un montant</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a database URL ({problem})</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une URL de base de données ({problem})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date; use YYYY-MM-DD</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une date&#xa0;; écrivez-la AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a document language; use {languages}</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une langue de document&#xa0;; utilisez {languages}</translation>
    </message>
    <message>
        <source>[{area}] {problem}</source>
        <translation>[{area}] {problem}</translation>
    </message>
    <message>
        <source>a client called &apos;{name}&apos; already exists</source>
        <translation>un client nommé «&#xa0;{name}&#xa0;» existe déjà</translation>
    </message>
    <message>
        <source>a client called &apos;{name}&apos; already exists in this database</source>
        <translation>un client nommé «&#xa0;{name}&#xa0;» existe déjà dans cette base de données</translation>
    </message>
    <message>
        <source>a client called &apos;{name}&apos; is already in this database with different details or history</source>
        <translation>un client nommé «&#xa0;{name}&#xa0;» figure déjà dans cette base de données avec d’autres coordonnées ou un autre historique</translation>
    </message>
    <message>
        <source>a digital signature needs its certificate fingerprint</source>
        <translation>une signature numérique exige l’empreinte de son certificat</translation>
    </message>
    <message>
        <source>a draft has no forecast yet: change the due date itself while planning</source>
        <translation>un brouillon n’a pas encore de prévision&#xa0;: modifiez directement l’échéance pendant la planification</translation>
    </message>
    <message>
        <source>a due date</source>
        <translation>une échéance</translation>
    </message>
    <message>
        <source>a field name in {place} holds a character that is not text (an unpaired surrogate)</source>
        <translation>un nom de champ dans {place} contient un caractère qui n’est pas du texte (un code de substitution UTF-16 isolé)</translation>
    </message>
    <message>
        <source>a milestone can have at most {limit} checklist items</source>
        <translation>un jalon peut avoir au plus {limit} points de contrôle</translation>
    </message>
    <message>
        <source>a milestone can have at most {limit} criteria</source>
        <translation>un jalon peut avoir au plus {limit} critères</translation>
    </message>
    <message>
        <source>a review template called &apos;{name}&apos; already exists in this database</source>
        <translation>un modèle de revue nommé «&#xa0;{name}&#xa0;» existe déjà dans cette base de données</translation>
    </message>
    <message>
        <source>a review template called &apos;{name}&apos; is already in this database with different details or history</source>
        <translation>un modèle de revue nommé «&#xa0;{name}&#xa0;» figure déjà dans cette base de données avec un autre contenu ou un autre historique</translation>
    </message>
    <message>
        <source>a review template needs at least one criterion</source>
        <translation>un modèle de revue doit contenir au moins un critère</translation>
    </message>
    <message>
        <source>a template called &apos;{name}&apos; already exists</source>
        <translation>un modèle nommé «&#xa0;{name}&#xa0;» existe déjà</translation>
    </message>
    <message>
        <source>a verdict names a criterion of another milestone</source>
        <translation>un verdict désigne un critère d’un autre jalon</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepté</translation>
    </message>
    <message>
        <source>activate</source>
        <translation>activer</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>add a milestone</source>
        <translation>ajouter un jalon</translation>
    </message>
    <message>
        <source>add at least one milestone</source>
        <translation>ajoutez au moins un jalon</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>montant</translation>
    </message>
    <message>
        <source>amounts are whole minor units (e.g. cents)</source>
        <translation>les montants sont en unités mineures entières (p. ex. centimes)</translation>
    </message>
    <message>
        <source>amounts cannot be negative</source>
        <translation>les montants ne peuvent pas être négatifs</translation>
    </message>
    <message>
        <source>an amount above zero</source>
        <translation>un montant supérieur à zéro</translation>
    </message>
    <message>
        <source>an engagement can have at most {limit} milestones</source>
        <translation>une mission peut avoir au plus {limit} jalons</translation>
    </message>
    <message>
        <source>an engagement with code {code} already exists</source>
        <translation>une mission de code {code} existe déjà</translation>
    </message>
    <message>
        <source>an idea that is {state} cannot be diverted; only captured ideas can</source>
        <translation>une idée à l’état «&#xa0;{state}&#xa0;» ne peut pas être réorientée&#xa0;; seules les idées notées le peuvent</translation>
    </message>
    <message>
        <source>an in-memory database cannot hold your engagements</source>
        <translation>une base de données en mémoire ne peut pas conserver vos missions</translation>
    </message>
    <message>
        <source>apply a template to milestone {position}</source>
        <translation>appliquer un modèle au jalon {position}</translation>
    </message>
    <message>
        <source>at least one acceptance criterion</source>
        <translation>au moins un critère d’acceptation</translation>
    </message>
    <message>
        <source>backup copies the SQLite file; for a PostgreSQL database use pg_dump (or export-archive --all for a portable archive)</source>
        <translation>backup copie le fichier SQLite&#xa0;; pour une base PostgreSQL, utilisez pg_dump (ou export-archive --all pour une archive portable)</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>budget</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>annuler</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>cannot be empty</source>
        <translation>ne peut pas être vide</translation>
    </message>
    <message>
        <source>cannot contain spaces; for example {example}</source>
        <translation>ne peut pas contenir d’espaces&#xa0;; par exemple {example}</translation>
    </message>
    <message>
        <source>cannot create the folder for {path}: {problem}</source>
        <translation>impossible de créer le dossier de {path}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>cannot open the database: {problem}</source>
        <translation>impossible d’ouvrir la base de données&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>cannot read {path}: {problem}</source>
        <translation>impossible de lire {path}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>cannot write the backup {path}: {problem}</source>
        <translation>impossible d’écrire la sauvegarde {path}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>cannot write {path}: the folder {folder} does not exist</source>
        <translation>impossible d’écrire {path}&#xa0;: le dossier {folder} n’existe pas</translation>
    </message>
    <message>
        <source>cannot {doing}: the scope of {code} is locked since activation. Capture this as an idea instead; ideas can be diverted into a spin-off engagement.</source>
        <translation>on ne peut pas {doing}&#xa0;: le périmètre de {code} est verrouillé depuis l’activation. Notez plutôt une idée&#xa0;; les idées peuvent être réorientées vers une mission dérivée.</translation>
    </message>
    <message>
        <source>cannot {doing}: {code} is {status}, and its roadmap can no longer change</source>
        <translation>on ne peut pas {doing}&#xa0;: {code} est à l’état «&#xa0;{status}&#xa0;» et sa feuille de route ne peut plus changer</translation>
    </message>
    <message>
        <source>cannot {doing}: {code} is {status}, not active.</source>
        <translation>on ne peut pas {doing}&#xa0;: {code} est à l’état «&#xa0;{status}&#xa0;», pas active.</translation>
    </message>
    <message>
        <source>cannot {doing}: {code} is {status}, not active. Activate it first.</source>
        <translation>on ne peut pas {doing}&#xa0;: {code} est à l’état «&#xa0;{status}&#xa0;», pas active. Activez-la d’abord.</translation>
    </message>
    <message>
        <source>capture an idea</source>
        <translation>noter une idée</translation>
    </message>
    <message>
        <source>captured</source>
        <translation>notée</translation>
    </message>
    <message>
        <source>change milestone {position}</source>
        <translation>modifier le jalon {position}</translation>
    </message>
    <message>
        <source>change the engagement&apos;s terms</source>
        <translation>modifier les conditions de la mission</translation>
    </message>
    <message>
        <source>changes requested</source>
        <translation>modifications demandées</translation>
    </message>
    <message>
        <source>checklist</source>
        <translation>liste de contrôle</translation>
    </message>
    <message>
        <source>checklist item {position}</source>
        <translation>point de contrôle {position}</translation>
    </message>
    <message>
        <source>choose A4 or Letter</source>
        <translation>choisissez A4 ou Letter</translation>
    </message>
    <message>
        <source>choose a currency, such as EUR, USD or JPY</source>
        <translation>choisissez une devise, par exemple EUR, USD ou JPY</translation>
    </message>
    <message>
        <source>choose a milestone first</source>
        <translation>choisissez d’abord un jalon</translation>
    </message>
    <message>
        <source>choose a position from 1 to {count}</source>
        <translation>choisissez une position de 1 à {count}</translation>
    </message>
    <message>
        <source>choose one of {values}</source>
        <translation>choisissez parmi {values}</translation>
    </message>
    <message>
        <source>client {name}</source>
        <translation>le client {name}</translation>
    </message>
    <message>
        <source>close</source>
        <translation>clôturer</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>confirm deemed acceptance</source>
        <translation>confirmer l’acceptation tacite</translation>
    </message>
    <message>
        <source>confirmation date</source>
        <translation>date de confirmation</translation>
    </message>
    <message>
        <source>confirmed by</source>
        <translation>confirmé par</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>contains a broken character at position {position} (an unpaired surrogate, usually left by a bad copy and paste); retype that part</source>
        <translation>contient un caractère abîmé à la position {position} (un demi-caractère isolé, souvent laissé par un copier-coller raté)&#xa0;; retapez ce passage</translation>
    </message>
    <message>
        <source>contains an invisible byte-order mark (U+FEFF) at position {position}; remove it</source>
        <translation>contient une marque d’ordre des octets invisible (U+FEFF) à la position {position}&#xa0;; supprimez-la</translation>
    </message>
    <message>
        <source>contains an invisible control character ({point}) at position {position}; remove it</source>
        <translation>contient un caractère de contrôle invisible ({point}) à la position {position}&#xa0;; supprimez-le</translation>
    </message>
    <message>
        <source>contains an invisible text-direction control ({point}) at position {position}; remove it, because it can make the text display differently from what is stored</source>
        <translation>contient un caractère invisible de contrôle du sens du texte ({point}) à la position {position}&#xa0;; supprimez-le, car il peut faire afficher le texte autrement qu’il n’est enregistré</translation>
    </message>
    <message>
        <source>contains {point} at position {position}, which is not a character; remove it</source>
        <translation>contient {point} à la position {position}, qui n’est pas un caractère&#xa0;; supprimez-le</translation>
    </message>
    <message>
        <source>criteria</source>
        <translation>critères</translation>
    </message>
    <message>
        <source>criterion {position}</source>
        <translation>critère {position}</translation>
    </message>
    <message>
        <source>criterion {position} has two verdicts</source>
        <translation>le critère {position} a deux verdicts</translation>
    </message>
    <message>
        <source>criterion {position} note</source>
        <translation>note du critère {position}</translation>
    </message>
    <message>
        <source>criterion {position} target</source>
        <translation>cible du critère {position}</translation>
    </message>
    <message>
        <source>criterion {position} waiver reason</source>
        <translation>motif de dispense du critère {position}</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>devise</translation>
    </message>
    <message>
        <source>date raised</source>
        <translation>date de l’idée</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>deemed acceptance</source>
        <translation>acceptation tacite</translation>
    </message>
    <message>
        <source>deemed-acceptance period</source>
        <translation>délai d’acceptation tacite</translation>
    </message>
    <message>
        <source>default currency</source>
        <translation>devise par défaut</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>supprimer</translation>
    </message>
    <message>
        <source>deliverables</source>
        <translation>livrables</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>did not understand &apos;{affix}&apos; in the amount; enter it like {example}</source>
        <translation>«&#xa0;{affix}&#xa0;» n’a pas été compris dans le montant&#xa0;; saisissez-le comme {example}</translation>
    </message>
    <message>
        <source>diverted</source>
        <translation>réorientée</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>échéance</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>engagement</source>
        <translation>mission</translation>
    </message>
    <message>
        <source>engagement {code} already exists in this database</source>
        <translation>la mission {code} existe déjà dans cette base de données</translation>
    </message>
    <message>
        <source>engagement {code} is its own ancestor (a parent loop)</source>
        <translation>la mission {code} est sa propre mission d’origine (une boucle de missions dérivées)</translation>
    </message>
    <message>
        <source>engagements</source>
        <translation>missions</translation>
    </message>
    <message>
        <source>enter an amount, like {example}</source>
        <translation>saisissez un montant, comme {example}</translation>
    </message>
    <message>
        <source>enter the amount in digits, like {example}</source>
        <translation>saisissez le montant en chiffres, comme {example}</translation>
    </message>
    <message>
        <source>event {number} does not link to the event before it</source>
        <translation>l’événement {number} n’est pas relié à l’événement précédent</translation>
    </message>
    <message>
        <source>event {number} is listed twice or out of order</source>
        <translation>l’événement {number} figure deux fois ou n’est pas à sa place</translation>
    </message>
    <message>
        <source>event {number} is missing</source>
        <translation>l’événement {number} est manquant</translation>
    </message>
    <message>
        <source>event {number} was altered after it was written</source>
        <translation>l’événement {number} a été modifié après son enregistrement</translation>
    </message>
    <message>
        <source>every criterion needs a verdict; missing: {positions}</source>
        <translation>chaque critère doit avoir un verdict&#xa0;; manquants&#xa0;: {positions}</translation>
    </message>
    <message>
        <source>follow-up date</source>
        <translation>date de relance</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>prévision</translation>
    </message>
    <message>
        <source>give a calendar date (YYYY-MM-DD)</source>
        <translation>indiquez une date du calendrier (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>give a due date or clear it, not both</source>
        <translation>indiquez une échéance ou effacez-la, pas les deux</translation>
    </message>
    <message>
        <source>give a follow-up date or clear it, not both</source>
        <translation>indiquez une date de relance ou effacez-la, pas les deux</translation>
    </message>
    <message>
        <source>give a whole number of days from 1 to {limit}, or leave it empty</source>
        <translation>indiquez un nombre entier de jours de 1 à {limit}, ou laissez vide</translation>
    </message>
    <message>
        <source>give the engagement codes to export, or --all (not both)</source>
        <translation>indiquez les codes des missions à exporter, ou --all (pas les deux)</translation>
    </message>
    <message>
        <source>history events of stream {stream} have no stream head</source>
        <translation>les événements d’historique du flux {stream} n’ont pas d’en-tête de flux</translation>
    </message>
    <message>
        <source>history stream {stream} already exists in this database</source>
        <translation>le flux d’historique {stream} existe déjà dans cette base de données</translation>
    </message>
    <message>
        <source>ideas</source>
        <translation>idées</translation>
    </message>
    <message>
        <source>ideas from different engagements cannot share one spin-off</source>
        <translation>des idées de missions différentes ne peuvent pas partager une même mission dérivée</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>invoice date</source>
        <translation>date de facturation</translation>
    </message>
    <message>
        <source>invoice reference</source>
        <translation>référence de facture</translation>
    </message>
    <message>
        <source>invoiced</source>
        <translation>facturé</translation>
    </message>
    <message>
        <source>is not a qualification field ({fields})</source>
        <translation>n’est pas un champ de qualification ({fields})</translation>
    </message>
    <message>
        <source>is not a setting</source>
        <translation>n’est pas un réglage</translation>
    </message>
    <message>
        <source>is too large; the largest amount accepted is {limit}</source>
        <translation>est trop élevé&#xa0;; le montant maximal accepté est {limit}</translation>
    </message>
    <message>
        <source>is too long to be an amount</source>
        <translation>est trop long pour être un montant</translation>
    </message>
    <message>
        <source>is too long: {length} characters, at most {limit} are allowed</source>
        <translation>est trop long&#xa0;: {length} caractères, {limit} au maximum</translation>
    </message>
    <message>
        <source>issue a sign-off</source>
        <translation>émettre un procès-verbal</translation>
    </message>
    <message>
        <source>its roadmap holds a value of the wrong kind (not text where text belongs), so it cannot be compared with baseline v1</source>
        <translation>sa feuille de route contient une valeur du mauvais type (autre chose que du texte là où du texte est attendu)&#xa0;; elle ne peut donc pas être comparée à la référence contractuelle v1</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>logo</translation>
    </message>
    <message>
        <source>mark as invoiced</source>
        <translation>marquer comme facturé</translation>
    </message>
    <message>
        <source>mark as paid</source>
        <translation>marquer comme payé</translation>
    </message>
    <message>
        <source>may use only letters A-Z, digits and hyphens, not starting with a hyphen; for example {example}</source>
        <translation>ne peut contenir que des lettres A-Z, des chiffres et des traits d’union, sans commencer par un trait d’union&#xa0;; par exemple {example}</translation>
    </message>
    <message>
        <source>method</source>
        <translation>méthode</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>jalon</translation>
    </message>
    <message>
        <source>milestone {position}</source>
        <translation>le jalon {position}</translation>
    </message>
    <message>
        <source>milestone {position} &apos;{title}&apos; is {state}: the client has accepted its work, so its due date is history and its forecast no longer moves. Only a milestone not yet accepted (planned, in progress, submitted, changes requested) has a forecast to move</source>
        <translation>le jalon {position} «&#xa0;{title}&#xa0;» est à l’état «&#xa0;{state}&#xa0;»&#xa0;: le client a accepté son travail, son échéance appartient donc à l’historique et sa prévision ne bouge plus. Seul un jalon pas encore accepté (planifié, en cours, soumis, modifications demandées) a une prévision à décaler</translation>
    </message>
    <message>
        <source>milestone {position} &apos;{title}&apos; is {state}; a sign-off is issued once the client has accepted it</source>
        <translation>le jalon {position} «&#xa0;{title}&#xa0;» est à l’état «&#xa0;{state}&#xa0;»&#xa0;; un procès-verbal s’émet une fois que le client l’a accepté</translation>
    </message>
    <message>
        <source>milestone {position} &apos;{title}&apos; is {state}; it can only move to: {next}. It cannot become {target}.</source>
        <translation>le jalon {position} «&#xa0;{title}&#xa0;» est à l’état «&#xa0;{state}&#xa0;»&#xa0;; il ne peut passer qu’à&#xa0;: {next}. Il ne peut pas devenir «&#xa0;{target}&#xa0;».</translation>
    </message>
    <message>
        <source>milestone {position} &apos;{title}&apos; is {state}; only a submitted milestone can be reviewed. It can only move to: {next}.</source>
        <translation>le jalon {position} «&#xa0;{title}&#xa0;» est à l’état «&#xa0;{state}&#xa0;»&#xa0;; seul un jalon soumis peut être revu. Il ne peut passer qu’à&#xa0;: {next}.</translation>
    </message>
    <message>
        <source>milestone {position} &apos;{title}&apos; needs {missing}</source>
        <translation>il manque au jalon {position} «&#xa0;{title}&#xa0;»&#xa0;: {missing}</translation>
    </message>
    <message>
        <source>milestone {position} is not past a deemed-acceptance period</source>
        <translation>le délai d’acceptation tacite du jalon {position} n’est pas écoulé</translation>
    </message>
    <message>
        <source>milestone {position} of {code} is {state}; a sign-off exists only once a review round has accepted it</source>
        <translation>le jalon {position} de {code} est à l’état «&#xa0;{state}&#xa0;»&#xa0;; un procès-verbal n’existe qu’une fois qu’une revue l’a accepté</translation>
    </message>
    <message>
        <source>move a forecast</source>
        <translation>décaler une prévision</translation>
    </message>
    <message>
        <source>must be a single line; remove the line break</source>
        <translation>doit tenir sur une seule ligne&#xa0;; supprimez le saut de ligne</translation>
    </message>
    <message>
        <source>must contain exactly one &apos;@&apos;; for example {example}</source>
        <translation>doit contenir exactement un «&#xa0;@&#xa0;»&#xa0;; par exemple {example}</translation>
    </message>
    <message>
        <source>must not contain a tab (at position {position}); use spaces instead</source>
        <translation>ne doit pas contenir de tabulation (à la position {position})&#xa0;; utilisez des espaces</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>name at least one engagement code to export</source>
        <translation>indiquez au moins un code de mission à exporter</translation>
    </message>
    <message>
        <source>needs a domain such as example.com after the &apos;@&apos;; for example {example}</source>
        <translation>doit avoir un domaine tel que example.com après le «&#xa0;@&#xa0;»&#xa0;; par exemple {example}</translation>
    </message>
    <message>
        <source>needs a name before the &apos;@&apos;; for example {example}</source>
        <translation>doit avoir un nom avant le «&#xa0;@&#xa0;»&#xa0;; par exemple {example}</translation>
    </message>
    <message>
        <source>needs at least 2 characters; for example {example}</source>
        <translation>doit compter au moins 2 caractères&#xa0;; par exemple {example}</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <source>not verified: {reason}. Nothing was recorded.</source>
        <translation>non vérifié&#xa0;: {reason}. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>nothing (it is finished)</source>
        <translation>rien (il est terminé)</translation>
    </message>
    <message>
        <source>objective {position}</source>
        <translation>objectif {position}</translation>
    </message>
    <message>
        <source>objective {position} measure</source>
        <translation>mesure de l’objectif {position}</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>payé</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>format de papier</translation>
    </message>
    <message>
        <source>parked</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>payment date</source>
        <translation>date de paiement</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planifié</translation>
    </message>
    <message>
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>priorité</translation>
    </message>
    <message>
        <source>raised by</source>
        <translation>proposée par</translation>
    </message>
    <message>
        <source>raised on</source>
        <translation>proposée le</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>record a review</source>
        <translation>enregistrer une revue</translation>
    </message>
    <message>
        <source>record a signed copy</source>
        <translation>enregistrer un exemplaire signé</translation>
    </message>
    <message>
        <source>remove milestone {position}</source>
        <translation>retirer le jalon {position}</translation>
    </message>
    <message>
        <source>reorder milestones</source>
        <translation>réordonner les jalons</translation>
    </message>
    <message>
        <source>review date</source>
        <translation>date de la revue</translation>
    </message>
    <message>
        <source>review round</source>
        <translation>revue</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>réviseur</translation>
    </message>
    <message>
        <source>roadmap</source>
        <translation>feuille de route</translation>
    </message>
    <message>
        <source>scientific notation such as &apos;1e3&apos; is not accepted; write all the digits, like {example}</source>
        <translation>la notation scientifique comme «&#xa0;1e3&#xa0;» n’est pas acceptée&#xa0;; écrivez tous les chiffres, comme {example}</translation>
    </message>
    <message>
        <source>select at least one idea to decline</source>
        <translation>sélectionnez au moins une idée à refuser</translation>
    </message>
    <message>
        <source>select at least one idea to divert</source>
        <translation>sélectionnez au moins une idée à réorienter</translation>
    </message>
    <message>
        <source>select at least one idea to park</source>
        <translation>sélectionnez au moins une idée à mettre en attente</translation>
    </message>
    <message>
        <source>settings appear only in an archive of the whole database</source>
        <translation>les paramètres ne figurent que dans une archive de toute la base de données</translation>
    </message>
    <message>
        <source>sign-off document {document} already exists in this database</source>
        <translation>le procès-verbal de réception {document} existe déjà dans cette base de données</translation>
    </message>
    <message>
        <source>signature date</source>
        <translation>date de signature</translation>
    </message>
    <message>
        <source>signed copy</source>
        <translation>exemplaire signé</translation>
    </message>
    <message>
        <source>signed off</source>
        <translation>signé</translation>
    </message>
    <message>
        <source>signer</source>
        <translation>signataire</translation>
    </message>
    <message>
        <source>someone else changed this record since you opened it; reload to see their change, then try again</source>
        <translation>quelqu’un d’autre a modifié cet enregistrement depuis son ouverture&#xa0;; rechargez pour voir sa modification, puis réessayez</translation>
    </message>
    <message>
        <source>someone else was changing the same records at the same moment; nothing was saved. Reload to see their change, then try again</source>
        <translation>quelqu’un d’autre modifiait les mêmes enregistrements au même moment&#xa0;; rien n’a été enregistré. Rechargez pour voir sa modification, puis réessayez</translation>
    </message>
    <message>
        <source>source</source>
        <translation>origine</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>date de début</translation>
    </message>
    <message>
        <source>start work</source>
        <translation>démarrer les travaux</translation>
    </message>
    <message>
        <source>submission date</source>
        <translation>date de soumission</translation>
    </message>
    <message>
        <source>submit for review</source>
        <translation>soumettre à la revue</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>soumis</translation>
    </message>
    <message>
        <source>target end date</source>
        <translation>date de fin visée</translation>
    </message>
    <message>
        <source>template</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>that amount is too large</source>
        <translation>ce montant est trop élevé</translation>
    </message>
    <message>
        <source>that engagement no longer exists</source>
        <translation>cette mission n’existe plus</translation>
    </message>
    <message>
        <source>that idea no longer exists; reload the backlog</source>
        <translation>cette idée n’existe plus&#xa0;; rechargez la liste des idées</translation>
    </message>
    <message>
        <source>that milestone no longer exists; reload the engagement</source>
        <translation>ce jalon n’existe plus&#xa0;; rechargez la mission</translation>
    </message>
    <message>
        <source>that review round belongs to another engagement</source>
        <translation>cette revue appartient à une autre mission</translation>
    </message>
    <message>
        <source>that sign-off no longer exists</source>
        <translation>ce procès-verbal n’existe plus</translation>
    </message>
    <message>
        <source>the archive header</source>
        <translation>l’en-tête de l’archive</translation>
    </message>
    <message>
        <source>the archive scope {scope} is unknown</source>
        <translation>la portée d’archive {scope} est inconnue</translation>
    </message>
    <message>
        <source>the archive version {version} is unknown</source>
        <translation>la version d’archive {version} est inconnue</translation>
    </message>
    <message>
        <source>the archive was made by a newer Scopekeeper (archive version {version}); this one reads version {readable}. Install the newer version to import it</source>
        <translation>l’archive a été créée par un Scopekeeper plus récent (version d’archive {version})&#xa0;; celui-ci lit la version {readable}. Installez la version plus récente pour l’importer</translation>
    </message>
    <message>
        <source>the archive was refused: {problems} (and {more} more). Nothing was imported</source>
        <translation>l’archive a été refusée&#xa0;: {problems} (et {more} de plus). Rien n’a été importé</translation>
    </message>
    <message>
        <source>the archive was refused: {problems}. Nothing was imported</source>
        <translation>l’archive a été refusée&#xa0;: {problems}. Rien n’a été importé</translation>
    </message>
    <message>
        <source>the archive was refused: {reason}. Nothing was imported</source>
        <translation>l’archive a été refusée&#xa0;: {reason}. Rien n’a été importé</translation>
    </message>
    <message>
        <source>the backup cannot overwrite the database it copies</source>
        <translation>la sauvegarde ne peut pas remplacer la base de données qu’elle copie</translation>
    </message>
    <message>
        <source>the connection to the database server was lost (the server stopped or restarted, or the network went away); nothing was saved. Try again once the server is back</source>
        <translation>la connexion au serveur de base de données a été perdue (le serveur s’est arrêté ou a redémarré, ou le réseau a disparu)&#xa0;; rien n’a été enregistré. Réessayez quand le serveur sera revenu</translation>
    </message>
    <message>
        <source>the connection to the database server was lost while saving; the change may or may not have been saved. Reload to check before trying again</source>
        <translation>la connexion au serveur de base de données a été perdue pendant l’enregistrement&#xa0;; la modification a pu être enregistrée ou non. Rechargez pour vérifier avant de réessayer</translation>
    </message>
    <message>
        <source>the database could not complete the command ({problem}); nothing was saved</source>
        <translation>la base de données n’a pas pu exécuter la commande ({problem})&#xa0;; rien n’a été enregistré</translation>
    </message>
    <message>
        <source>the database file cannot be opened (was it moved, or its folder made inaccessible?); nothing was saved</source>
        <translation>le fichier de base de données ne peut pas être ouvert (a-t-il été déplacé, ou son dossier rendu inaccessible&#xa0;?)&#xa0;; rien n’a été enregistré</translation>
    </message>
    <message>
        <source>the database file cannot be written (it, its folder or its disk is read-only); nothing was saved</source>
        <translation>le fichier de base de données ne peut pas être écrit (lui, son dossier ou son disque est en lecture seule)&#xa0;; rien n’a été enregistré</translation>
    </message>
    <message>
        <source>the database file is damaged or is not a database; nothing was saved</source>
        <translation>le fichier de base de données est endommagé ou n’est pas une base de données&#xa0;; rien n’a été enregistré</translation>
    </message>
    <message>
        <source>the database file is damaged; nothing was saved. Restore it from a backup (Scopekeeper keeps one before every upgrade)</source>
        <translation>le fichier de base de données est endommagé&#xa0;; rien n’a été enregistré. Restaurez-le à partir d’une sauvegarde (Scopekeeper en conserve une avant chaque mise à niveau)</translation>
    </message>
    <message>
        <source>the database is busy: another program has been writing to it for more than 10 seconds (another Scopekeeper, a backup or a synchronisation tool?); nothing was saved. Try again once it has finished</source>
        <translation>la base de données est occupée&#xa0;: un autre programme y écrit depuis plus de 10 secondes (un autre Scopekeeper, une sauvegarde ou un outil de synchronisation&#xa0;?)&#xa0;; rien n’a été enregistré. Réessayez quand il aura terminé</translation>
    </message>
    <message>
        <source>the database refused the archive ({reason}). Nothing was imported</source>
        <translation>la base de données a refusé l’archive ({reason}). Rien n’a été importé</translation>
    </message>
    <message>
        <source>the database refused the change as inconsistent ({problem}); nothing was saved</source>
        <translation>la base de données a refusé la modification comme incohérente ({problem})&#xa0;; rien n’a été enregistré</translation>
    </message>
    <message>
        <source>the database server accepts no changes (it is a read-only copy); nothing was saved</source>
        <translation>le serveur de base de données n’accepte aucune modification (c’est une copie en lecture seule)&#xa0;; rien n’a été enregistré</translation>
    </message>
    <message>
        <source>the database server accepts no more connections just now; nothing was saved. Try again in a moment</source>
        <translation>le serveur de base de données n’accepte plus de connexions pour l’instant&#xa0;; rien n’a été enregistré. Réessayez dans un instant</translation>
    </message>
    <message>
        <source>the database server cancelled the command (it took too long); nothing was saved</source>
        <translation>le serveur de base de données a annulé la commande (elle prenait trop de temps)&#xa0;; rien n’a été enregistré</translation>
    </message>
    <message>
        <source>the database server cannot be reached ({problem}); nothing was saved. Try again once it is back</source>
        <translation>le serveur de base de données est injoignable ({problem})&#xa0;; rien n’a été enregistré. Réessayez quand il sera revenu</translation>
    </message>
    <message>
        <source>the database server does not allow this for your account ({problem}); nothing was saved</source>
        <translation>le serveur de base de données ne le permet pas à votre compte ({problem})&#xa0;; rien n’a été enregistré</translation>
    </message>
    <message>
        <source>the database server ran out of memory; nothing was saved. Try again in a moment</source>
        <translation>le serveur de base de données manque de mémoire&#xa0;; rien n’a été enregistré. Réessayez dans un instant</translation>
    </message>
    <message>
        <source>the database server&apos;s disk is full; nothing was saved. Ask the server&apos;s administrator to free some space</source>
        <translation>le disque du serveur de base de données est plein&#xa0;; rien n’a été enregistré. Demandez à l’administrateur du serveur de libérer de l’espace</translation>
    </message>
    <message>
        <source>the disk holding &apos;{folder}&apos; is full; free some space and try again</source>
        <translation>le disque contenant «&#xa0;{folder}&#xa0;» est plein&#xa0;; libérez de l’espace et réessayez</translation>
    </message>
    <message>
        <source>the disk holding the database is full; nothing was saved. Free some space, then try again</source>
        <translation>le disque contenant la base de données est plein&#xa0;; rien n’a été enregistré. Libérez de l’espace, puis réessayez</translation>
    </message>
    <message>
        <source>the disk holding the database reported an error while reading or writing; nothing was saved. Check the disk, then try again</source>
        <translation>le disque contenant la base de données a signalé une erreur de lecture ou d’écriture&#xa0;; rien n’a été enregistré. Vérifiez le disque, puis réessayez</translation>
    </message>
    <message>
        <source>the file contains {name}, which no archive holds</source>
        <translation>le fichier contient {name}, ce qu’aucune archive ne contient</translation>
    </message>
    <message>
        <source>the file holds a number far too long for any field of an archive (line {line}, column {column}); it was damaged or written by another program</source>
        <translation>le fichier contient un nombre bien trop long pour un champ d’archive (ligne {line}, colonne {column})&#xa0;; il a été endommagé ou écrit par un autre programme</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte {byte}); it is not an archive</source>
        <translation>le fichier n’est pas du texte UTF-8 (octet {byte})&#xa0;; ce n’est pas une archive</translation>
    </message>
    <message>
        <source>the file is not a Scopekeeper archive (its format is not &apos;{format}&apos;)</source>
        <translation>le fichier n’est pas une archive Scopekeeper (son format n’est pas «&#xa0;{format}&#xa0;»)</translation>
    </message>
    <message>
        <source>the file is not a Scopekeeper archive (no archive header)</source>
        <translation>le fichier n’est pas une archive Scopekeeper (pas d’en-tête d’archive)</translation>
    </message>
    <message>
        <source>the file is not valid JSON (line {line}, column {column}: {problem}); it may be truncated or damaged</source>
        <translation>le fichier n’est pas du JSON valide (ligne {line}, colonne {column}&#xa0;: {problem})&#xa0;; il est peut-être tronqué ou endommagé</translation>
    </message>
    <message>
        <source>the file name &apos;{name}&apos; contains characters that are not allowed: {shown}</source>
        <translation>le nom de fichier «&#xa0;{name}&#xa0;» contient des caractères interdits&#xa0;: {shown}</translation>
    </message>
    <message>
        <source>the file name &apos;{name}…&apos; is too long; shorten it</source>
        <translation>le nom de fichier «&#xa0;{name}…&#xa0;» est trop long&#xa0;; raccourcissez-le</translation>
    </message>
    <message>
        <source>the file nests JSON too deeply to be an archive</source>
        <translation>le fichier imbrique le JSON trop profondément pour être une archive</translation>
    </message>
    <message>
        <source>the folder &apos;{folder}&apos; does not exist (any more); choose another place</source>
        <translation>le dossier «&#xa0;{folder}&#xa0;» n’existe pas (ou plus)&#xa0;; choisissez un autre emplacement</translation>
    </message>
    <message>
        <source>the folder &apos;{folder}&apos; does not exist; choose another place</source>
        <translation>le dossier «&#xa0;{folder}&#xa0;» n’existe pas&#xa0;; choisissez un autre emplacement</translation>
    </message>
    <message>
        <source>the history of client &apos;{name}&apos;</source>
        <translation>l’historique du client «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>the history of template &apos;{name}&apos;</source>
        <translation>l’historique du modèle de revue «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>the history of {code}</source>
        <translation>l’historique de {code}</translation>
    </message>
    <message>
        <source>the idea</source>
        <translation>l’idée</translation>
    </message>
    <message>
        <source>the idea “{label}”</source>
        <translation>l’idée «&#xa0;{label}&#xa0;»</translation>
    </message>
    <message>
        <source>the key &apos;{key}&apos; appears twice in one object</source>
        <translation>la clé «&#xa0;{key}&#xa0;» apparaît deux fois dans un même objet</translation>
    </message>
    <message>
        <source>the logo could not be read</source>
        <translation>le logo n’a pas pu être lu</translation>
    </message>
    <message>
        <source>the logo is larger than 2 MB; use a smaller image</source>
        <translation>le logo dépasse 2 Mo&#xa0;; utilisez une image plus petite</translation>
    </message>
    <message>
        <source>the logo must be a PNG image</source>
        <translation>le logo doit être une image PNG</translation>
    </message>
    <message>
        <source>the method must be digital, scan or typed</source>
        <translation>la méthode doit être digital, scan ou typed</translation>
    </message>
    <message>
        <source>the name &apos;{path}&apos; is too long; shorten the file or folder name</source>
        <translation>le nom «&#xa0;{path}&#xa0;» est trop long&#xa0;; raccourcissez le nom du fichier ou du dossier</translation>
    </message>
    <message>
        <source>the records are being changed by someone else just now; nothing was saved. Try again in a moment</source>
        <translation>quelqu’un d’autre modifie ces enregistrements en ce moment&#xa0;; rien n’a été enregistré. Réessayez dans un instant</translation>
    </message>
    <message>
        <source>the review ({review}) cannot be before the submission ({submission})</source>
        <translation>la revue ({review}) ne peut pas précéder la soumission ({submission})</translation>
    </message>
    <message>
        <source>the reviewer must be a contact of the client</source>
        <translation>le réviseur doit être un contact du client</translation>
    </message>
    <message>
        <source>the sample data is already in this database ({found}); open a new database to load it again</source>
        <translation>les données d’exemple sont déjà dans cette base de données ({found})&#xa0;; ouvrez une nouvelle base de données pour les charger à nouveau</translation>
    </message>
    <message>
        <source>the setting &apos;{key}&apos; already has another value here</source>
        <translation>le paramètre «&#xa0;{key}&#xa0;» a déjà une autre valeur ici</translation>
    </message>
    <message>
        <source>the sign-off cannot be signed on {signed}, before the review that accepted it ({accepted})</source>
        <translation>le procès-verbal ne peut pas être signé le {signed}, avant la revue qui l’a accepté ({accepted})</translation>
    </message>
    <message>
        <source>the target end ({end}) is before the start ({start})</source>
        <translation>la fin visée ({end}) précède le début ({start})</translation>
    </message>
    <message>
        <source>the verdict must be met, not met or waived</source>
        <translation>le verdict doit être atteint, non atteint ou dispensé</translation>
    </message>
    <message>
        <source>there is no client &apos;{key}&apos;</source>
        <translation>il n’existe pas de client «&#xa0;{key}&#xa0;»</translation>
    </message>
    <message>
        <source>there is no engagement &apos;{key}&apos;</source>
        <translation>il n’existe pas de mission «&#xa0;{key}&#xa0;»</translation>
    </message>
    <message>
        <source>there is no engagement {codes}</source>
        <translation>il n’existe pas de mission {codes}</translation>
    </message>
    <message>
        <source>there is no review template &apos;{key}&apos;</source>
        <translation>il n’existe pas de modèle de revue «&#xa0;{key}&#xa0;»</translation>
    </message>
    <message>
        <source>this amount is in {currency}, not {other}; enter it like {example}</source>
        <translation>ce montant est en {currency}, pas en {other}&#xa0;; saisissez-le comme {example}</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>verdicts</source>
        <translation>verdicts</translation>
    </message>
    <message>
        <source>{code} amounts have at most {places} decimal places, but &apos;{text}&apos; has {digits} after the decimal separator &apos;{separator}&apos;</source>
        <translation>les montants en {code} ont au plus {places} décimales, mais «&#xa0;{text}&#xa0;» en a {digits} après le séparateur décimal «&#xa0;{separator}&#xa0;»</translation>
    </message>
    <message>
        <source>{code} amounts have no decimal places, but &apos;{text}&apos; has {digits} after the decimal separator &apos;{separator}&apos;</source>
        <translation>les montants en {code} n’ont pas de décimales, mais «&#xa0;{text}&#xa0;» en a {digits} après le séparateur décimal «&#xa0;{separator}&#xa0;»</translation>
    </message>
    <message>
        <source>{code} cannot be activated yet: {problems}</source>
        <translation>{code} ne peut pas encore être activée&#xa0;: {problems}</translation>
    </message>
    <message>
        <source>{code} cannot be closed: milestones not yet accepted: {milestones}</source>
        <translation>{code} ne peut pas être clôturée&#xa0;: jalons pas encore acceptés&#xa0;: {milestones}</translation>
    </message>
    <message>
        <source>{code} cannot be deleted: ideas were captured in it or diverted into it, and they stay on record. Cancel the draft instead</source>
        <translation>{code} ne peut pas être supprimée&#xa0;: des idées y ont été notées ou réorientées, et elles restent consignées. Annulez plutôt le brouillon</translation>
    </message>
    <message>
        <source>{code} cannot be deleted: {spinoff} was spun off from it. Cancel the draft instead</source>
        <translation>{code} ne peut pas être supprimée&#xa0;: {spinoff} en est une mission dérivée. Annulez plutôt le brouillon</translation>
    </message>
    <message>
        <source>{code} has no milestone {position} (it has {count})</source>
        <translation>{code} n’a pas de jalon {position} (elle en a {count})</translation>
    </message>
    <message>
        <source>{code} is cancelled; capture the idea elsewhere</source>
        <translation>{code} est annulée&#xa0;; notez l’idée dans une autre mission</translation>
    </message>
    <message>
        <source>{code} is {status}; only a draft can be activated</source>
        <translation>{code} est à l’état «&#xa0;{status}&#xa0;»&#xa0;; seul un brouillon peut être activé</translation>
    </message>
    <message>
        <source>{code} is {status}; only a draft can be deleted. An engagement that has started is cancelled, never deleted, so its history stays whole</source>
        <translation>{code} est à l’état «&#xa0;{status}&#xa0;»&#xa0;; seul un brouillon peut être supprimé. Une mission commencée s’annule, elle ne se supprime jamais, afin que son historique reste complet</translation>
    </message>
    <message>
        <source>{code} is {status}; only a draft or active engagement can be cancelled</source>
        <translation>{code} est à l’état «&#xa0;{status}&#xa0;»&#xa0;; seule une mission en brouillon ou active peut être annulée</translation>
    </message>
    <message>
        <source>{code} is {status}; only an active one can be closed</source>
        <translation>{code} est à l’état «&#xa0;{status}&#xa0;»&#xa0;; seule une mission active peut être clôturée</translation>
    </message>
    <message>
        <source>{code} milestone {position}</source>
        <translation>{code} jalon {position}</translation>
    </message>
    <message>
        <source>{code} milestone {position}, review round {number}</source>
        <translation>{code} jalon {position}, revue {number}</translation>
    </message>
    <message>
        <source>{code} milestone {position}, sign-off {document}</source>
        <translation>{code} jalon {position}, procès-verbal {document}</translation>
    </message>
    <message>
        <source>{code}: the idea &apos;{idea}&apos;</source>
        <translation>{code}&#xa0;: l’idée «&#xa0;{idea}&#xa0;»</translation>
    </message>
    <message>
        <source>{code}: the position of the milestone &apos;{title}&apos; is not a whole number: {value}</source>
        <translation>{code}&#xa0;: la position du jalon «&#xa0;{title}&#xa0;» n’est pas un nombre entier&#xa0;: {value}</translation>
    </message>
    <message>
        <source>{code}: the status {value} is not one the application knows</source>
        <translation>{code}&#xa0;: le statut {value} est inconnu de l’application</translation>
    </message>
    <message>
        <source>{code}: {detail}</source>
        <translation>{code}&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>{database} holds tables that are not Scopekeeper&apos;s; it was left untouched</source>
        <translation>{database} contient des tables qui n’appartiennent pas à Scopekeeper&#xa0;; rien n’y a été modifié</translation>
    </message>
    <message>
        <source>{database} was written by a newer version of Scopekeeper (schema {revision}); install the newer version to open it. The file was left untouched.</source>
        <translation>{database} provient d’une version plus récente de Scopekeeper (schéma {revision})&#xa0;; installez cette version pour l’ouvrir. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>{day} is outside the dates Scopekeeper accepts ({range})</source>
        <translation>{day} est hors des dates acceptées par Scopekeeper ({range})</translation>
    </message>
    <message>
        <source>{earliest} to {latest}</source>
        <translation>du {earliest} au {latest}</translation>
    </message>
    <message>
        <source>{field}: {detail}</source>
        <translation>{field}&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>{name} cannot be removed: {reason}</source>
        <translation>{name} ne peut pas être retiré&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{name} has no such contact any more; reload the client</source>
        <translation>{name} n’a plus ce contact&#xa0;; rechargez le client</translation>
    </message>
    <message>
        <source>{name} is the client&apos;s signatory on sign-off {document}; the contact stays while a sign-off names them</source>
        <translation>{name} est le signataire du client sur le procès-verbal {document}&#xa0;; le contact est conservé tant qu’un procès-verbal le nomme</translation>
    </message>
    <message>
        <source>{name} is the reviewer of round {number} of {code} milestone {position}; the review record must keep naming them</source>
        <translation>{name} est le réviseur de la revue n° {number} du jalon {position} de {code}&#xa0;; le compte rendu de revue doit continuer à le nommer</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} n’existe pas</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file</source>
        <translation>{path} est un dossier, pas un fichier de base de données</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation>{path} est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name for the backup</source>
        <translation>{path} est un dossier&#xa0;; indiquez un nom de fichier pour la sauvegarde</translation>
    </message>
    <message>
        <source>{path} is an SQLite file of another application, not a Scopekeeper database; it was left untouched</source>
        <translation>{path} est un fichier SQLite d’une autre application, pas une base Scopekeeper&#xa0;; il n’a pas été modifié</translation>
    </message>
    <message>
        <source>{path} is an empty file, not a Scopekeeper database; it was left untouched</source>
        <translation>{path} est un fichier vide, pas une base Scopekeeper&#xa0;; il n’a pas été modifié</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}); restore it from a backup. It was left untouched</source>
        <translation>{path} est endommagé ({problem})&#xa0;; restaurez-le à partir d’une sauvegarde. Il n’a pas été modifié</translation>
    </message>
    <message>
        <source>{path} is not a Scopekeeper database (not an SQLite file); it was left untouched</source>
        <translation>{path} n’est pas une base Scopekeeper (ce n’est pas un fichier SQLite)&#xa0;; il n’a pas été modifié</translation>
    </message>
    <message>
        <source>{path} is too large ({size} bytes; at most {limit})</source>
        <translation>{path} est trop volumineux ({size} octets&#xa0;; {limit} au maximum)</translation>
    </message>
    <message>
        <source>{path} is truncated ({size} bytes, the header promises {expected}); restore it from a backup. It was left untouched</source>
        <translation>{path} est tronqué ({size} octets, l’en-tête en annonce {expected})&#xa0;; restaurez-le à partir d’une sauvegarde. Il n’a pas été modifié</translation>
    </message>
    <message>
        <source>{path} is truncated; it was left untouched</source>
        <translation>{path} est tronqué&#xa0;; il n’a pas été modifié</translation>
    </message>
    <message>
        <source>{path} needs an upgrade, and the backup made first could not be written to {folder} ({reason}); the database was left untouched. Free some space there, or make its folder writable, then open it again</source>
        <translation>{path} doit être mis à niveau, mais la sauvegarde faite au préalable n’a pas pu être écrite dans {folder} ({reason})&#xa0;; la base de données n’a pas été modifiée. Libérez de l’espace à cet endroit ou rendez ce dossier accessible en écriture, puis rouvrez-la</translation>
    </message>
    <message>
        <source>{place} does not match its SHA-256 ({digest})</source>
        <translation>{place} ne correspond pas à son empreinte SHA-256 ({digest})</translation>
    </message>
    <message>
        <source>{place} has unknown field(s) {fields}</source>
        <translation>{place} contient un ou des champs inconnus&#xa0;: {fields}</translation>
    </message>
    <message>
        <source>{place} holds a NUL character (U+0000), which is not text; the file was damaged or written by another program</source>
        <translation>{place} contient un caractère NUL (U+0000), qui n’est pas du texte&#xa0;; le fichier a été endommagé ou écrit par un autre programme</translation>
    </message>
    <message>
        <source>{place} holds a character that is not text (an unpaired surrogate, U+{code}); the file was damaged or written by another program</source>
        <translation>{place} contient un caractère qui n’est pas du texte (un code de substitution UTF-16 isolé, U+{code})&#xa0;; le fichier a été endommagé ou écrit par un autre programme</translation>
    </message>
    <message>
        <source>{place} is a built-in template, which is never archived</source>
        <translation>{place} est un modèle de revue intégré, qui n’est jamais archivé</translation>
    </message>
    <message>
        <source>{place} is a whole number too large for any field of an archive ({digits} digits); the file was damaged or written by another program</source>
        <translation>{place} est un nombre entier trop grand pour tout champ d’archive ({digits}&#xa0;chiffres)&#xa0;; le fichier a été endommagé ou écrit par un autre programme</translation>
    </message>
    <message>
        <source>{place} is missing a value (null is not allowed)</source>
        <translation>il manque une valeur à {place} (null n’est pas admis)</translation>
    </message>
    <message>
        <source>{place} is not valid base64</source>
        <translation>{place} n’est pas du base64 valide</translation>
    </message>
    <message>
        <source>{place} lacks {fields}</source>
        <translation>il manque {fields} dans {place}</translation>
    </message>
    <message>
        <source>{place} must be a list</source>
        <translation>{place} doit être une liste</translation>
    </message>
    <message>
        <source>{place} must be a string</source>
        <translation>{place} doit être une chaîne de caractères</translation>
    </message>
    <message>
        <source>{place} must be a whole number</source>
        <translation>{place} doit être un nombre entier</translation>
    </message>
    <message>
        <source>{place} must be an object</source>
        <translation>{place} doit être un objet</translation>
    </message>
    <message>
        <source>{place} must be true or false</source>
        <translation>{place} doit valoir true ou false</translation>
    </message>
    <message>
        <source>{place} refers to {table} {value}, which is neither in the archive nor in this database (import its parent engagement first)</source>
        <translation>{place} renvoie à {table} {value}, qui ne figure ni dans l’archive ni dans cette base de données (importez d’abord sa mission d’origine)</translation>
    </message>
    <message>
        <source>{place} refers to {table} {value}, which is not in the archive</source>
        <translation>{place} renvoie à {table} {value}, qui ne figure pas dans l’archive</translation>
    </message>
    <message>
        <source>{place} repeats id={id}, which must be unique</source>
        <translation>{place} répète id={id}, qui ne peut figurer qu’une fois</translation>
    </message>
    <message>
        <source>{place} repeats {values}, which must be unique</source>
        <translation>{place} répète {values}, qui ne peut figurer qu’une fois</translation>
    </message>
    <message>
        <source>{place}: &apos;{value}&apos; is not a UTC timestamp in the form YYYY-MM-DDTHH:MM:SSZ</source>
        <translation>{place}&#xa0;: «&#xa0;{value}&#xa0;» n’est pas un horodatage UTC de la forme AAAA-MM-JJTHH:MM:SSZ</translation>
    </message>
    <message>
        <source>{place}: &apos;{value}&apos; is not a date in the form YYYY-MM-DD</source>
        <translation>{place}&#xa0;: «&#xa0;{value}&#xa0;» n’est pas une date de la forme AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>{place}: &apos;{value}&apos; is not one of {allowed}</source>
        <translation>{place}&#xa0;: «&#xa0;{value}&#xa0;» ne fait pas partie des valeurs admises ({allowed})</translation>
    </message>
    <message>
        <source>{place}: an amount cannot be negative (&apos;{value}&apos;)</source>
        <translation>{place}&#xa0;: un montant ne peut pas être négatif («&#xa0;{value}&#xa0;»)</translation>
    </message>
    <message>
        <source>{place}: the snapshot does not match its fingerprint</source>
        <translation>{place}&#xa0;: l’instantané ne correspond pas à son empreinte</translation>
    </message>
    <message>
        <source>{place}: the stream &apos;{stream}&apos; is not archived</source>
        <translation>{place}&#xa0;: le flux d’historique «&#xa0;{stream}&#xa0;» n’est pas archivé</translation>
    </message>
    <message>
        <source>{place}: {stream} belongs to no {table} of the archive</source>
        <translation>{place}&#xa0;: {stream} n’appartient à aucun enregistrement {table} de l’archive</translation>
    </message>
    <message>
        <source>{position} ({state})</source>
        <translation>{position} ({state})</translation>
    </message>
    <message>
        <source>{problems}; and {more} more</source>
        <translation>{problems}&#xa0;; et {more} de plus</translation>
    </message>
    <message>
        <source>{problem} (remove the extra zeros)</source>
        <translation>{problem} (supprimez les zéros en trop)</translation>
    </message>
    <message>
        <source>{reason}, so none of the {count} ideas was declined</source>
        <translation>{reason}, donc aucune des {count} idées n’a été refusée</translation>
    </message>
    <message>
        <source>{reason}, so none of the {count} ideas was parked</source>
        <translation>{reason}, donc aucune des {count} idées n’a été mise en attente</translation>
    </message>
    <message>
        <source>{reason}. Nothing was imported</source>
        <translation>{reason}. Rien n’a été importé</translation>
    </message>
    <message>
        <source>{stream}: the stream head does not match its last event</source>
        <translation>{stream}&#xa0;: l’en-tête du flux ne correspond pas à son dernier événement</translation>
    </message>
    <message>
        <source>{stream}: {reason}</source>
        <translation>{stream}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{table} {id} already exists in this database</source>
        <translation>l’enregistrement {table} {id} existe déjà dans cette base de données</translation>
    </message>
    <message>
        <source>{what} is already {state}; only a captured idea can be declined</source>
        <translation>{what} est déjà à l’état «&#xa0;{state}&#xa0;»&#xa0;; seule une idée notée peut être refusée</translation>
    </message>
    <message>
        <source>{what} is already {state}; only a captured idea can be parked</source>
        <translation>{what} est déjà à l’état «&#xa0;{state}&#xa0;»&#xa0;; seule une idée notée peut être mise en attente</translation>
    </message>
    <message>
        <source>{what} is {state}; only a captured idea can be edited</source>
        <translation>{what} est à l’état «&#xa0;{state}&#xa0;»&#xa0;; seule une idée notée peut être modifiée</translation>
    </message>
    <message>
        <source>{what} was changed by someone else since you opened it; reload to see their change, then try again</source>
        <translation>quelqu’un d’autre a modifié {what} depuis son ouverture&#xa0;; rechargez pour voir sa modification, puis réessayez</translation>
    </message>
    <message>
        <source>{where}: the amount {value} is not a whole number of cents</source>
        <translation>{where}&#xa0;: le montant {value} n’est pas un nombre entier de centimes</translation>
    </message>
    <message>
        <source>{where}: the number of a review round is not a whole number: {value}</source>
        <translation>{where}&#xa0;: le numéro d’une revue n’est pas un nombre entier&#xa0;: {value}</translation>
    </message>
    <message>
        <source>{where}: the state {value} is not one the application knows</source>
        <translation>{where}&#xa0;: l’état {value} est inconnu de l’application</translation>
    </message>
    <message>
        <source>{where}: the {what} {value} is not a date written YYYY-MM-DD</source>
        <translation>{where}&#xa0;: la {what} {value} n’est pas une date écrite AAAA-MM-JJ</translation>
    </message>
    <message numerus="yes">
        <source>the archive was refused: its records break %n rule(s) that &apos;scopekeeper check&apos; enforces: {problems}. Nothing was imported</source>
        <translation>
            <numerusform>l’archive a été refusée&#xa0;: ses enregistrements enfreignent %n règle que «&#xa0;scopekeeper check&#xa0;» fait respecter&#xa0;: {problems}. Rien n’a été importé</numerusform>
            <numerusform>l’archive a été refusée&#xa0;: ses enregistrements enfreignent %n règles que «&#xa0;scopekeeper check&#xa0;» fait respecter&#xa0;: {problems}. Rien n’a été importé</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the schema upgrade would leave %n broken references; it was rolled back and the database is unchanged</source>
        <translation>
            <numerusform>la mise à niveau du schéma laisserait %n référence rompue&#xa0;; elle a été annulée et la base de données est inchangée</numerusform>
            <numerusform>la mise à niveau du schéma laisserait %n références rompues&#xa0;; elle a été annulée et la base de données est inchangée</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{place} is longer than %n characters</source>
        <translation>
            <numerusform>{place} dépasse %n caractère</numerusform>
            <numerusform>{place} dépasse %n caractères</numerusform>
        </translation>
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
        <source>Apply template &apos;{0}&apos;</source>
        <translation>Appliquer le modèle «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Edit engagement terms</source>
        <translation>Modifier les conditions de la mission</translation>
    </message>
    <message>
        <source>Capture idea</source>
        <translation>Noter une idée</translation>
    </message>
    <message>
        <source>Edit idea &apos;{0}&apos;</source>
        <translation>Modifier l’idée «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Move forecast of &apos;{0}&apos;</source>
        <translation>Décaler la prévision de «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Change preferences</source>
        <translation>Modifier les préférences</translation>
    </message>
    <message>
        <source>Create draft {0}</source>
        <translation>Créer le brouillon {0}</translation>
    </message>
    <message>
        <source>Delete draft {0}</source>
        <translation>Supprimer le brouillon {0}</translation>
    </message>
</context>
</TS>
