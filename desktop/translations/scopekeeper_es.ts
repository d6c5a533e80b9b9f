<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ActivateDialog</name>
    <message>
        <source>Activate {0}</source>
        <translation>Activar {0}</translation>
    </message>
    <message numerus="yes">
        <source>Activating {0} locks its scope: its %n milestones, worth {1} in total, can then no longer be changed, removed or reordered, and no milestone can be added. Amounts, deliverables, acceptance criteria, baseline dates and the objectives are recorded in baseline v1 with a fingerprint.

Afterwards only forecast dates move (with a reason). New client ideas go to the ideas backlog and can become spin-off engagements.</source>
        <translation>
            <numerusform>Al activar {0} se bloquea su alcance: su %n hito, por un importe de {1}, ya no podrá modificarse ni eliminarse, y no podrá añadirse ningún hito. Importes, entregables, criterios de aceptación, fechas de la línea base y objetivos quedan registrados en la línea base v1 con una huella.

A partir de entonces solo cambian las fechas estimadas (con un motivo). Las nuevas ideas del cliente van al backlog de ideas y pueden convertirse en proyectos derivados.</numerusform>
            <numerusform>Al activar {0} se bloquea su alcance: sus %n hitos, por un importe total de {1}, ya no podrán modificarse, eliminarse ni reordenarse, y no podrá añadirse ningún hito. Importes, entregables, criterios de aceptación, fechas de la línea base y objetivos quedan registrados en la línea base v1 con una huella.

A partir de entonces solo cambian las fechas estimadas (con un motivo). Las nuevas ideas del cliente van al backlog de ideas y pueden convertirse en proyectos derivados.</numerusform>
        </translation>
    </message>
    <message>
        <source>What becomes locked</source>
        <translation>Lo que queda bloqueado</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>sin fecha de vencimiento</translation>
    </message>
    <message>
        <source>Roadmap to lock</source>
        <translation>Hoja de ruta que se bloquea</translation>
    </message>
    <message>
        <source>Activate and lock scope</source>
        <translation>Activar y bloquear el alcance</translation>
    </message>
    <message>
        <source>The scope is locked. Baseline v1 was recorded with this SHA-256 fingerprint; the sign-off documents and the history refer to it.</source>
        <translation>El alcance está bloqueado. La línea base v1 se registró con esta huella SHA-256; las actas y el historial hacen referencia a ella.</translation>
    </message>
    <message>
        <source>Baseline fingerprint</source>
        <translation>Huella de la línea base</translation>
    </message>
</context>
<context>
    <name>AgencyFirst</name>
    <message>
        <source>Your agency on documents</source>
        <translation>Su agencia en los documentos</translation>
    </message>
    <message>
        <source>Sign-offs print your agency&apos;s name, address, logo and signatory beside the client&apos;s, as they are when the sign-off is first issued. They are not filled in yet: enter them once here, and every sign-off issued from now on carries them.</source>
        <translation>Las actas imprimen el nombre, la dirección, el logotipo y el firmante de su agencia junto a los del cliente, tal como estén cuando el acta se emite por primera vez. Aún no están completados: introdúzcalos una vez aquí y todas las actas que se emitan a partir de ahora los llevarán.</translation>
    </message>
    <message>
        <source>The agency&apos;s identity is still empty: sign-offs issued now print no agency. Fill it in under File ▸ Preferences.</source>
        <translation>La identidad de la agencia sigue vacía: las actas que se emitan ahora no mostrarán ninguna agencia. Complétela en Archivo ▸ Preferencias.</translation>
    </message>
</context>
<context>
    <name>Billing</name>
    <message>
        <source>Mark paid</source>
        <translation>Marcar como pagado</translation>
    </message>
    <message>
        <source>Mark {0} milestone {1} “{2}” paid on {3}?

A payment cannot be undone; it is written to the history.</source>
        <translation>¿Marcar el hito {1} «{2}» de {0} como pagado el {3}?

Un pago no se puede deshacer; queda registrado en el historial.</translation>
    </message>
    <message>
        <source>Mark invoiced</source>
        <translation>Marcar como facturado</translation>
    </message>
    <message>
        <source>Invoice reference for {0} milestone {1} (optional):</source>
        <translation>Referencia de la factura del hito {1} de {0} (opcional):</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>New client</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Nombre del cliente</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Añadir contacto</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Firmante</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Client {0} created.</source>
        <translation>Cliente {0} creado.</translation>
    </message>
</context>
<context>
    <name>ClientEditDialog</name>
    <message>
        <source>Edit client {0}</source>
        <translation>Editar el cliente {0}</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Editar cliente</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Nombre del cliente</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Añadir contacto</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Firmante</translation>
    </message>
    <message>
        <source>Sign-offs already made keep the names they were made with. A contact who reviewed a round or is named on a sign-off cannot be removed.</source>
        <translation>Las aprobaciones ya emitidas conservan los nombres con los que se hicieron. No se puede eliminar un contacto que revisó una ronda o que figura en una aprobación.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Client {0} saved.</source>
        <translation>Cliente {0} guardado.</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>No contracted milestones yet</source>
        <translation>Todavía no hay hitos contratados</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <source>Due in 0–7 days</source>
        <translation>Vencen en 0–7 días</translation>
    </message>
    <message>
        <source>Due in 8–14 days</source>
        <translation>Vencen en 8–14 días</translation>
    </message>
    <message>
        <source>milestones</source>
        <translation>hitos</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>{0} days overdue</source>
        <translation>{0} días de retraso</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>vence hoy</translation>
    </message>
    <message>
        <source>in {0} days</source>
        <translation>en {0} días</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Contracted</source>
        <translation>Contratado</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturado</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Pendiente de cobro</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Spin-off</source>
        <translation>Proyecto derivado</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideas</translation>
    </message>
    <message>
        <source>Proposed value</source>
        <translation>Valor propuesto</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel de control</translation>
    </message>
    <message>
        <source>Dashboard scope</source>
        <translation>Ámbito del panel</translation>
    </message>
    <message>
        <source>Chart currency</source>
        <translation>Moneda del gráfico</translation>
    </message>
    <message>
        <source>Money figures per currency</source>
        <translation>Cifras por moneda</translation>
    </message>
    <message>
        <source>Due and overdue milestones</source>
        <translation>Hitos por vencer y vencidos</translation>
    </message>
    <message>
        <source>Spin-off pipeline</source>
        <translation>Proyectos derivados</translation>
    </message>
    <message>
        <source>First-pass acceptance rate</source>
        <translation>Tasa de aceptación a la primera</translation>
    </message>
    <message>
        <source>Client review latency</source>
        <translation>Plazo de revisión del cliente</translation>
    </message>
    <message>
        <source>&amp;Scope</source>
        <translation>Á&amp;mbito</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>First-pass acceptance</source>
        <translation>Aceptación a la primera</translation>
    </message>
    <message>
        <source>Value by milestone state</source>
        <translation>Valor por estado de hito</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Moneda</translation>
    </message>
    <message>
        <source>Due in the next 14 days and overdue</source>
        <translation>Vencen en los próximos 14 días y vencidos</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Cifras</translation>
    </message>
    <message>
        <source>Dashboard figures</source>
        <translation>Cifras del panel</translation>
    </message>
    <message>
        <source>Whole portfolio</source>
        <translation>Toda la cartera</translation>
    </message>
    <message numerus="yes">
        <source>{0} of {1} reviewed milestones accepted first time ({2} %)</source>
        <translation>
            <numerusform>{0} de {1} hito revisado aceptado a la primera ({2} %)</numerusform>
            <numerusform>{0} de {1} hitos revisados aceptados a la primera ({2} %)</numerusform>
        </translation>
    </message>
    <message>
        <source>no milestone reviewed yet</source>
        <translation>todavía no se ha revisado ningún hito</translation>
    </message>
    <message>
        <source>{0} days from submission to decision</source>
        <translation>{0} días desde la presentación hasta la decisión</translation>
    </message>
    <message numerus="yes">
        <source>%n captured</source>
        <translation>
            <numerusform>%n registrada</numerusform>
            <numerusform>%n registradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n diverted</source>
        <translation>
            <numerusform>%n derivada</numerusform>
            <numerusform>%n derivadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parked</source>
        <translation>
            <numerusform>%n aparcada</numerusform>
            <numerusform>%n aparcadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n declined</source>
        <translation>
            <numerusform>%n rechazada</numerusform>
            <numerusform>%n rechazadas</numerusform>
        </translation>
    </message>
    <message>
        <source>no client decision yet</source>
        <translation>todavía no hay decisiones del cliente</translation>
    </message>
    <message>
        <source>Chart of value by milestone state</source>
        <translation>Gráfico del valor por estado de hito</translation>
    </message>
    <message>
        <source>Chart of due and overdue milestones</source>
        <translation>Gráfico de hitos por vencer y vencidos</translation>
    </message>
</context>
<context>
    <name>EngagementActions</name>
    <message>
        <source>Add milestone</source>
        <translation>Añadir hito</translation>
    </message>
    <message>
        <source>Remove milestone</source>
        <translation>Eliminar hito</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Edit terms…</source>
        <translation>Editar condiciones…</translation>
    </message>
    <message>
        <source>Activate…</source>
        <translation>Activar…</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>Iniciar el trabajo</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Presentar a revisión</translation>
    </message>
    <message>
        <source>Record review…</source>
        <translation>Registrar revisión…</translation>
    </message>
    <message>
        <source>Confirm deemed acceptance</source>
        <translation>Confirmar aceptación tácita</translation>
    </message>
    <message>
        <source>Sign-off…</source>
        <translation>Acta…</translation>
    </message>
    <message>
        <source>Mark invoiced…</source>
        <translation>Marcar como facturado…</translation>
    </message>
    <message>
        <source>Undo of the move to {0}: {1}</source>
        <translation>Se deshace el cambio de fecha al {0}: {1}</translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation>Marcar como pagado</translation>
    </message>
    <message>
        <source>Move forecast…</source>
        <translation>Mover la fecha estimada…</translation>
    </message>
    <message>
        <source>Cancel engagement…</source>
        <translation>Cancelar proyecto…</translation>
    </message>
    <message>
        <source>Close engagement</source>
        <translation>Cerrar proyecto</translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation>Eliminar borrador…</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planificación</translation>
    </message>
    <message>
        <source>Milestone actions</source>
        <translation>Acciones del hito</translation>
    </message>
    <message>
        <source>choose a milestone first</source>
        <translation>elija primero un hito</translation>
    </message>
    <message>
        <source>Milestone {0}</source>
        <translation>Hito {0}</translation>
    </message>
    <message>
        <source>Amount: {0}</source>
        <translation>Importe: {0}</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>No hay nada que guardar.</translation>
    </message>
    <message>
        <source>{0} is active; baseline v1 fingerprint {1}</source>
        <translation>Proyecto {0} activo; huella de la línea base v1: {1}</translation>
    </message>
    <message>
        <source>Cancel {0}</source>
        <translation>Cancelar el proyecto {0}</translation>
    </message>
    <message>
        <source>Why is the engagement cancelled?</source>
        <translation>¿Por qué se cancela el proyecto?</translation>
    </message>
    <message>
        <source>{0} cancelled.</source>
        <translation>Proyecto {0} cancelado.</translation>
    </message>
    <message>
        <source>{0} completed.</source>
        <translation>Proyecto {0} cerrado.</translation>
    </message>
    <message>
        <source>Delete draft {0}</source>
        <translation>Eliminar el borrador {0}</translation>
    </message>
    <message>
        <source>Delete the draft {0} “{1}” and its milestones? Edit &gt; Undo brings it back while this window is open.</source>
        <translation>¿Eliminar el borrador {0} «{1}» y sus hitos? Editar &gt; Deshacer lo recupera mientras esta ventana siga abierta.</translation>
    </message>
    <message>
        <source>Milestone {0}: work started.</source>
        <translation>Hito {0}: trabajo iniciado.</translation>
    </message>
    <message>
        <source>Milestone {0} submitted for review.</source>
        <translation>Hito {0} presentado a revisión.</translation>
    </message>
    <message>
        <source>Milestone {0}: deemed acceptance confirmed.</source>
        <translation>Hito {0}: aceptación tácita confirmada.</translation>
    </message>
    <message>
        <source>Milestone {0} marked invoiced.</source>
        <translation>Hito {0} marcado como facturado.</translation>
    </message>
    <message>
        <source>Milestone {0} marked paid.</source>
        <translation>Hito {0} marcado como pagado.</translation>
    </message>
</context>
<context>
    <name>EngagementDialog</name>
    <message>
        <source>Edit engagement</source>
        <translation>Editar proyecto</translation>
    </message>
    <message>
        <source>New engagement</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>New client…</source>
        <translation>Nuevo cliente…</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Idioma de los documentos</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Target end date</source>
        <translation>Fecha de fin prevista</translation>
    </message>
    <message>
        <source>Deemed-acceptance period in days</source>
        <translation>Plazo de aceptación tácita en días</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Measure (optional)</source>
        <translation>Medida (opcional)</translation>
    </message>
    <message>
        <source>Add objective</source>
        <translation>Añadir objetivo</translation>
    </message>
    <message>
        <source>C&amp;ode</source>
        <translation>Có&amp;digo</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>C&amp;lient</source>
        <translation>C&amp;liente</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>Mo&amp;neda</translation>
    </message>
    <message>
        <source>Document &amp;language</source>
        <translation>&amp;Idioma de los documentos</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <source>Target &amp;end</source>
        <translation>&amp;Fin prevista</translation>
    </message>
    <message>
        <source>&amp;Deemed acceptance after</source>
        <translation>&amp;Aceptación tácita tras</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Objectives say what success looks like. They lock with the roadmap.</source>
        <translation>Los objetivos describen qué es el éxito. Se bloquean junto con la hoja de ruta.</translation>
    </message>
    <message>
        <source>Choose a client, or create one with “New client…”.</source>
        <translation>Elija un cliente o cree uno con «Nuevo cliente…».</translation>
    </message>
    <message>
        <source>Engagement {0} created as a draft.</source>
        <translation>Proyecto {0} creado como borrador.</translation>
    </message>
</context>
<context>
    <name>EngagementView</name>
    <message>
        <source>Engagement</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>Total acumulado</translation>
    </message>
    <message>
        <source>Engagement title</source>
        <translation>Título del proyecto</translation>
    </message>
    <message>
        <source>Scope lock</source>
        <translation>Bloqueo del alcance</translation>
    </message>
    <message>
        <source>Client and dates</source>
        <translation>Cliente y fechas</translation>
    </message>
    <message>
        <source>Click the client&apos;s name to edit the client</source>
        <translation>Haga clic en el nombre del cliente para editarlo</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronograma</translation>
    </message>
    <message>
        <source>Milestone details</source>
        <translation>Detalles del hito</translation>
    </message>
    <message>
        <source>Engagement sections</source>
        <translation>Secciones del proyecto</translation>
    </message>
    <message>
        <source>&amp;Roadmap</source>
        <translation>Hoja de &amp;ruta</translation>
    </message>
    <message>
        <source>&amp;Ideas</source>
        <translation>&amp;Ideas</translation>
    </message>
    <message>
        <source>&amp;Sign-off</source>
        <translation>&amp;Acta</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message numerus="yes">
        <source>Total of %n milestones: {0}</source>
        <translation>
            <numerusform>Total de %n hito: {0}</numerusform>
            <numerusform>Total de %n hitos: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Scope locked · baseline v1 {0}</source>
        <translation>Alcance bloqueado · línea base v1 {0}</translation>
    </message>
    <message>
        <source>Baseline fingerprint (SHA-256): {0}</source>
        <translation>Huella de la línea base (SHA-256): {0}</translation>
    </message>
    <message>
        <source>Cancelled after activation · scope stayed locked at baseline v1 {0}</source>
        <translation>Cancelado tras la activación · el alcance quedó bloqueado en la línea base v1 {0}</translation>
    </message>
    <message>
        <source>Cancelled as a draft · the scope was never locked</source>
        <translation>Cancelado como borrador · el alcance nunca se bloqueó</translation>
    </message>
    <message>
        <source>Draft: scope open for planning</source>
        <translation>Borrador: alcance abierto a la planificación</translation>
    </message>
    <message>
        <source> · spin-off of &lt;a href=&apos;{0}&apos;&gt;{1}&lt;/a&gt;</source>
        <translation> · proyecto derivado de &lt;a href=&apos;{0}&apos;&gt;{1}&lt;/a&gt;</translation>
    </message>
    <message>
        <source> · spin-offs: {0}</source>
        <translation> · proyectos derivados: {0}</translation>
    </message>
    <message>
        <source>Objectives: {0}</source>
        <translation>Objetivos: {0}</translation>
    </message>
    <message>
        <source>No written objectives yet.</source>
        <translation>Todavía no hay objetivos escritos.</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>History as readable &amp;PDF…</source>
        <translation>Historial en &amp;PDF legible…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>History as &amp;CSV…</source>
        <translation>Historial en &amp;CSV…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>History as &amp;Excel workbook…</source>
        <translation>Historial en libro de &amp;Excel…</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Stored &amp;records as CSV (raw)…</source>
        <translation>&amp;Registros almacenados en CSV (sin procesar)…</translation>
    </message>
    <message>
        <source>Milestone dates as &amp;iCalendar…</source>
        <translation>Fechas de los hitos en &amp;iCalendar…</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Complete &amp;JSON archive…</source>
        <translation>Archivo &amp;JSON completo…</translation>
    </message>
    <message>
        <source>Scopekeeper archives (*.json)</source>
        <translation>Archivos de Scopekeeper (*.json)</translation>
    </message>
    <message>
        <source>Saved to {0}</source>
        <translation>Guardado en {0}</translation>
    </message>
    <message>
        <source>Export history of {0}</source>
        <translation>Exportar el historial de {0}</translation>
    </message>
    <message>
        <source>Exporting the history of {0}</source>
        <translation>Exportando el historial de {0}</translation>
    </message>
    <message>
        <source>export cancelled; no file was written</source>
        <translation>exportación cancelada; no se ha escrito ningún archivo</translation>
    </message>
    <message>
        <source>Export roadmap</source>
        <translation>Exportar la hoja de ruta</translation>
    </message>
    <message>
        <source>Exporting the roadmap of {0}</source>
        <translation>Exportando la hoja de ruta de {0}</translation>
    </message>
    <message>
        <source>Weekly status</source>
        <translation>Estado semanal</translation>
    </message>
    <message>
        <source>Writing the weekly status</source>
        <translation>Redactando el estado semanal</translation>
    </message>
    <message>
        <source>Import an archive</source>
        <translation>Importar un archivo</translation>
    </message>
    <message>
        <source>Scopekeeper archives (*.json);;All files (*)</source>
        <translation>Archivos de Scopekeeper (*.json);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>{0} history events</source>
        <translation>
            <numerusform>{0} evento del historial</numerusform>
            <numerusform>{0} eventos del historial</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported {0} engagements and {1} from {2}</source>
        <translation>
            <numerusform>Importado desde {2}: {0} proyecto y {1}</numerusform>
            <numerusform>Importado desde {2}: {0} proyectos y {1}</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing {0}</source>
        <translation>Importando {0}</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>New database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>Scopekeeper database (*.sqlite3 *.db);;All files (*)</source>
        <translation>Base de datos de Scopekeeper (*.sqlite3 *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Open or create a database</source>
        <translation>Abrir o crear una base de datos</translation>
    </message>
</context>
<context>
    <name>ForecastDialog</name>
    <message>
        <source>Move forecast of milestone {0}</source>
        <translation>Mover la fecha estimada del hito {0}</translation>
    </message>
    <message>
        <source>“{0}”: the baseline date {1} stays in the contract; only the forecast moves and the variance is shown.</source>
        <translation>«{0}»: la fecha de la línea base {1} se mantiene en el contrato; solo cambia la fecha estimada y se muestra la desviación.</translation>
    </message>
    <message>
        <source>New forecast date</source>
        <translation>Nueva fecha estimada</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Why does the date move? (required)</source>
        <translation>¿Por qué cambia la fecha? (obligatorio)</translation>
    </message>
    <message>
        <source>Move forecast</source>
        <translation>Mover la fecha estimada</translation>
    </message>
    <message>
        <source>New &amp;forecast</source>
        <translation>Nueva fecha &amp;estimada</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
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
        <translation>Proyectos de alcance cerrado, actas de hitos y proyectos derivados, sin conexión.</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>Base de datos: {0}</translation>
    </message>
    <message>
        <source>About Scopekeeper</source>
        <translation>Acerca de Scopekeeper</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>The milestone steps work on the milestone selected on an engagement&apos;s page.</source>
        <translation>Los pasos de un hito se aplican al hito seleccionado en la página de un proyecto.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planificar</translation>
    </message>
    <message>
        <source>File ▸ New engagement (Ctrl+N) creates a draft for a client. Add its milestones with amounts, due dates and acceptance criteria; a draft can change freely.</source>
        <translation>Archivo ▸ Nuevo proyecto (Ctrl+N) crea un borrador para un cliente. Añada sus hitos con importes, fechas de vencimiento y criterios de aceptación; un borrador puede cambiar libremente.</translation>
    </message>
    <message>
        <source>Lock the scope</source>
        <translation>Cerrar el alcance</translation>
    </message>
    <message>
        <source>Activate the engagement: its milestones, amounts and criteria are then the contract. New wishes become ideas (Ctrl+I), never silent changes.</source>
        <translation>Active el proyecto: sus hitos, importes y criterios pasan a ser el contrato. Los nuevos deseos se convierten en ideas (Ctrl+I), nunca en cambios silenciosos.</translation>
    </message>
    <message>
        <source>Deliver and review</source>
        <translation>Entregar y revisar</translation>
    </message>
    <message>
        <source>Start a milestone, submit it for review, then record the client&apos;s verdict on each criterion. An accepted milestone gets a sign-off PDF to be signed.</source>
        <translation>Inicie un hito, envíelo a revisión y registre el veredicto del cliente sobre cada criterio. Un hito aceptado recibe un acta en PDF para firmar.</translation>
    </message>
    <message>
        <source>Get paid</source>
        <translation>Cobrar</translation>
    </message>
    <message>
        <source>Mark a signed milestone invoiced, then paid. The dashboard (Ctrl+D) shows what is outstanding and what falls due in the next 14 days.</source>
        <translation>Marque un hito firmado como facturado y luego como pagado. El panel de control (Ctrl+D) muestra lo pendiente y lo que vence en los próximos 14 días.</translation>
    </message>
    <message>
        <source>Ideas and spin-offs</source>
        <translation>Ideas y proyectos derivados</translation>
    </message>
    <message>
        <source>Ideas wait in the backlog: park them, decline them, or divert them into a spin-off engagement with its own contract.</source>
        <translation>Las ideas esperan en la lista: apárquelas, rechácelas o conviértalas en un proyecto derivado con su propio contrato.</translation>
    </message>
    <message>
        <source>Find and export</source>
        <translation>Buscar y exportar</translation>
    </message>
    <message>
        <source>Ctrl+K searches engagements, milestones, contacts and ideas. File ▸ Export writes the history (PDF, CSV, Excel), the roadmap and the weekly status.</source>
        <translation>Ctrl+K busca en proyectos, hitos, contactos e ideas. Archivo ▸ Exportar genera el historial (PDF, CSV, Excel), la hoja de ruta y el informe semanal.</translation>
    </message>
    <message>
        <source>Scopekeeper guide</source>
        <translation>Guía de Scopekeeper</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Filter history</source>
        <translation>Filtrar el historial</translation>
    </message>
    <message>
        <source>Filter by person, action or any text…</source>
        <translation>Filtrar por persona, acción o cualquier texto…</translation>
    </message>
    <message>
        <source>Number of events</source>
        <translation>Número de eventos</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exportar el historial</translation>
    </message>
    <message>
        <source>History events</source>
        <translation>Eventos del historial</translation>
    </message>
    <message>
        <source>Event before and after</source>
        <translation>Evento antes y después</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message numerus="yes">
        <source>{0} of {1} events shown</source>
        <translation>
            <numerusform>{0} de {1} evento mostrado</numerusform>
            <numerusform>{0} de {1} eventos mostrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Event {0} · {1} · {2} · {3}: {4}</source>
        <translation>Evento {0} · {1} · {2} · {3}: {4}</translation>
    </message>
    <message>
        <source>Stored record before:</source>
        <translation>Registro almacenado, antes:</translation>
    </message>
    <message>
        <source>Stored record after:</source>
        <translation>Registro almacenado, después:</translation>
    </message>
    <message>
        <source>Recorded at {0} · hash {1}</source>
        <translation>Registrado el {0} · hash {1}</translation>
    </message>
</context>
<context>
    <name>IdeaDialog</name>
    <message>
        <source>Capture idea</source>
        <translation>Registrar idea</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>What did the client ask for?</source>
        <translation>¿Qué pidió el cliente?</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Propuesta por</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>Propuesta el</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Hacer seguimiento el</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Fecha de seguimiento</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Engagement</source>
        <translation>&amp;Proyecto</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>Raised &amp;by</source>
        <translation>Propuesta &amp;por</translation>
    </message>
    <message>
        <source>Raised &amp;on</source>
        <translation>Propuesta &amp;el</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Origen</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>P&amp;rioridad</translation>
    </message>
    <message>
        <source>&amp;Qualification (optional)</source>
        <translation>&amp;Calificación (opcional)</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>Save idea</source>
        <translation>Guardar idea</translation>
    </message>
    <message>
        <source>Choose the engagement the idea was raised in.</source>
        <translation>Elija el proyecto en el que surgió la idea.</translation>
    </message>
    <message>
        <source>Describe the idea before saving it.</source>
        <translation>Describa la idea antes de guardarla.</translation>
    </message>
    <message>
        <source>Idea captured in the backlog.</source>
        <translation>Idea registrada en el backlog.</translation>
    </message>
</context>
<context>
    <name>IdeaEditor</name>
    <message>
        <source>Idea details</source>
        <translation>Detalles de la idea</translation>
    </message>
    <message>
        <source>Select one idea to qualify it.</source>
        <translation>Seleccione una idea para calificarla.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Hacer seguimiento el</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Fecha de seguimiento</translation>
    </message>
    <message>
        <source>Save &amp;qualification</source>
        <translation>Guardar la &amp;calificación</translation>
    </message>
    <message>
        <source>Save idea details</source>
        <translation>Guardar los detalles de la idea</translation>
    </message>
    <message>
        <source>Raised by {0} on {1} ({2})</source>
        <translation>Propuesta por {0} el {1} ({2})</translation>
    </message>
    <message>
        <source>This idea is {0}; it can no longer be edited.</source>
        <translation>Esta idea figura como {0}; ya no se puede editar.</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>No hay nada que guardar.</translation>
    </message>
    <message>
        <source>Idea details saved.</source>
        <translation>Detalles de la idea guardados.</translation>
    </message>
</context>
<context>
    <name>IdeasModel</name>
    <message>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Follow-up due since {0}</source>
        <translation>Seguimiento pendiente desde el {0}</translation>
    </message>
    <message>
        <source>diverted to {0}</source>
        <translation>derivada a {0}</translation>
    </message>
</context>
<context>
    <name>IdeasView</name>
    <message>
        <source>Idea backlog</source>
        <translation>Backlog de ideas</translation>
    </message>
    <message>
        <source>Ideas by priority</source>
        <translation>Ideas por prioridad</translation>
    </message>
    <message>
        <source>Backlog title</source>
        <translation>Título del backlog</translation>
    </message>
    <message>
        <source>Show &amp;diverted and declined</source>
        <translation>Mostrar las &amp;derivadas y rechazadas</translation>
    </message>
    <message>
        <source>Show diverted and declined ideas</source>
        <translation>Mostrar las ideas derivadas y rechazadas</translation>
    </message>
    <message>
        <source>&amp;Capture idea…</source>
        <translation>&amp;Registrar idea…</translation>
    </message>
    <message>
        <source>Di&amp;vert to spin-off…</source>
        <translation>Pasar a un pro&amp;yecto derivado…</translation>
    </message>
    <message>
        <source>&amp;Park</source>
        <translation>&amp;Aparcar</translation>
    </message>
    <message>
        <source>D&amp;ecline…</source>
        <translation>R&amp;echazar…</translation>
    </message>
    <message>
        <source>Capture idea</source>
        <translation>Registrar idea</translation>
    </message>
    <message>
        <source>Divert selected ideas to a spin-off</source>
        <translation>Pasar las ideas seleccionadas a un proyecto derivado</translation>
    </message>
    <message>
        <source>Park selected ideas</source>
        <translation>Aparcar las ideas seleccionadas</translation>
    </message>
    <message>
        <source>Decline selected ideas</source>
        <translation>Rechazar las ideas seleccionadas</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ideas raised in {0}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ideas surgidas en {0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>choose one or more captured ideas first</source>
        <translation>elija primero una o varias ideas registradas</translation>
    </message>
    <message>
        <source>Divert to spin-off</source>
        <translation>Pasar a un proyecto derivado</translation>
    </message>
    <message>
        <source>The selected ideas ({0}) become a new draft engagement for the same client.
Its scope starts from them; this engagement&apos;s scope stays as it is.

Code of the spin-off:</source>
        <translation>Las ideas seleccionadas ({0}) se convierten en un nuevo proyecto en borrador para el mismo cliente.
Su alcance parte de ellas; el alcance de este proyecto no cambia.

Código del proyecto derivado:</translation>
    </message>
    <message>
        <source>Spin-off {0} created as a draft.</source>
        <translation>Proyecto derivado {0} creado como borrador.</translation>
    </message>
    <message>
        <source>Parked: won&apos;t have now, kept in the backlog.</source>
        <translation>Aparcada: no por ahora, se conserva en el backlog.</translation>
    </message>
    <message>
        <source>Decline ideas</source>
        <translation>Rechazar ideas</translation>
    </message>
    <message>
        <source>Why are these ideas ({0}) declined? The reason is kept in the history.</source>
        <translation>¿Por qué se rechazan estas ideas ({0})? El motivo queda en el historial.</translation>
    </message>
    <message>
        <source>Declined {0} idea(s).</source>
        <translation>{0} idea(s) rechazada(s).</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planificado</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Presentado</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Cambios solicitados</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturado</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>captured</source>
        <translation>registrada</translation>
    </message>
    <message>
        <source>diverted</source>
        <translation>derivada</translation>
    </message>
    <message>
        <source>parked</source>
        <translation>aparcada</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>Must have</source>
        <translation>Imprescindible</translation>
    </message>
    <message>
        <source>Should have</source>
        <translation>Importante</translation>
    </message>
    <message>
        <source>Could have</source>
        <translation>Deseable</translation>
    </message>
    <message>
        <source>Won&apos;t have now</source>
        <translation>No por ahora</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Review round</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>No cumplido</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Dispensado</translation>
    </message>
    <message>
        <source>Typed acknowledgement</source>
        <translation>Conformidad escrita</translation>
    </message>
    <message>
        <source>Scan of a wet-ink signature</source>
        <translation>Firma manuscrita escaneada</translation>
    </message>
    <message>
        <source>Digital signature in the PDF</source>
        <translation>Firma digital en el PDF</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Planes</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Dificultades</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Plazos</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autoridad</translation>
    </message>
    <message>
        <source>Consequences if not done</source>
        <translation>Consecuencias si no se hace</translation>
    </message>
    <message>
        <source>Implications if done</source>
        <translation>Implicaciones si se hace</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>Chino tradicional</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Filter engagements</source>
        <translation>Filtrar proyectos</translation>
    </message>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>Filtrar (Ctrl+F)</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <source>Search milestones, contacts and ideas too (Ctrl+K)</source>
        <translation>Buscar también en hitos, contactos e ideas (Ctrl+K)</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Show the exported file in its folder</source>
        <translation>Mostrar el archivo exportado en su carpeta</translation>
    </message>
    <message>
        <source>Sample data loaded: {0} engagements.</source>
        <translation>Datos de ejemplo cargados: {0} proyectos.</translation>
    </message>
    <message>
        <source>{0} has no engagement yet.</source>
        <translation>{0} aún no tiene ningún proyecto.</translation>
    </message>
    <message>
        <source>Database server not reachable</source>
        <translation>No se puede contactar con el servidor de base de datos</translation>
    </message>
    <message>
        <source>Database not opened</source>
        <translation>No se abrió la base de datos</translation>
    </message>
    <message>
        <source>Opened {0}</source>
        <translation>Base de datos abierta: {0}</translation>
    </message>
    <message>
        <source>Open an engagement first.</source>
        <translation>Abra primero un proyecto.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New engagement…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <source>Open &amp;sample data</source>
        <translation>Abrir datos de e&amp;jemplo</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <source>Ne&amp;w database…</source>
        <translation>Nue&amp;va base de datos…</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>Bases de datos &amp;recientes</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;Roadmap PDF…</source>
        <translation>Hoja de &amp;ruta en PDF…</translation>
    </message>
    <message>
        <source>Weekly &amp;status of this engagement…</source>
        <translation>E&amp;stado semanal de este proyecto…</translation>
    </message>
    <message>
        <source>Weekly status of the &amp;portfolio…</source>
        <translation>Estado semanal de la c&amp;artera…</translation>
    </message>
    <message>
        <source>&amp;Import archive…</source>
        <translation>&amp;Importar archivo…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Capture &amp;idea…</source>
        <translation>Registrar &amp;idea…</translation>
    </message>
    <message>
        <source>&amp;Filter engagements</source>
        <translation>&amp;Filtrar proyectos</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>&amp;Buscar en todo…</translation>
    </message>
    <message>
        <source>En&amp;gagement</source>
        <translation>&amp;Proyecto</translation>
    </message>
    <message>
        <source>&amp;Milestone</source>
        <translation>&amp;Hito</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel de control</translation>
    </message>
    <message>
        <source>&amp;Welcome page</source>
        <translation>Página de &amp;bienvenida</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Scopekeeper &amp;guide</source>
        <translation>&amp;Guía de Scopekeeper</translation>
    </message>
    <message>
        <source>&amp;About Scopekeeper</source>
        <translation>&amp;Acerca de Scopekeeper</translation>
    </message>
    <message>
        <source>Open an engagement first</source>
        <translation>Abra primero un proyecto</translation>
    </message>
</context>
<context>
    <name>MilestoneEditor</name>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>Milestone details</source>
        <translation>Detalles del hito</translation>
    </message>
    <message>
        <source>Milestone title</source>
        <translation>Título del hito</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Entregables</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <source>Due date warning</source>
        <translation>Aviso sobre la fecha de entrega</translation>
    </message>
    <message>
        <source>Acceptance criterion</source>
        <translation>Criterio de aceptación</translation>
    </message>
    <message>
        <source>Target (optional)</source>
        <translation>Objetivo (opcional)</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Añadir criterio</translation>
    </message>
    <message>
        <source>Acceptance criteria</source>
        <translation>Criterios de aceptación</translation>
    </message>
    <message>
        <source>Review template</source>
        <translation>Plantilla de revisión</translation>
    </message>
    <message>
        <source>Apply template</source>
        <translation>Aplicar plantilla</translation>
    </message>
    <message>
        <source>Save milestone</source>
        <translation>Guardar hito</translation>
    </message>
    <message>
        <source>Engagement cancelled: its milestones stay as they were and no longer change.</source>
        <translation>Proyecto cancelado: sus hitos se quedan como estaban y ya no cambian.</translation>
    </message>
    <message>
        <source>Scope locked: these fields are part of the baseline. Capture an idea to propose a change.</source>
        <translation>Alcance bloqueado: estos campos forman parte de la línea base. Registre una idea para proponer un cambio.</translation>
    </message>
    <message>
        <source>No acceptance criteria yet.</source>
        <translation>Todavía no hay criterios de aceptación.</translation>
    </message>
    <message>
        <source>Target: {0}</source>
        <translation>Objetivo: {0}</translation>
    </message>
    <message>
        <source>⚠ Due before the engagement starts ({0}).</source>
        <translation>⚠ Vence antes de que empiece el proyecto ({0}).</translation>
    </message>
    <message>
        <source>⚠ Due after the engagement&apos;s target end ({0}).</source>
        <translation>⚠ Vence después del fin previsto del proyecto ({0}).</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Deliverables</source>
        <translation>&amp;Entregables</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>I&amp;mporte</translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation>&amp;Vencimiento</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criterios</translation>
    </message>
    <message>
        <source>Te&amp;mplate</source>
        <translation>Pla&amp;ntilla</translation>
    </message>
    <message>
        <source>State: {0}</source>
        <translation>Estado: {0}</translation>
    </message>
    <message>
        <source>Template: {0}</source>
        <translation>Plantilla: {0}</translation>
    </message>
    <message>
        <source>Forecast {0} ({1:+d} days against baseline)</source>
        <translation>Fecha estimada {0} ({1:+d} días respecto a la línea base)</translation>
    </message>
    <message>
        <source>{0} review round(s)</source>
        <translation>{0} revisión(es)</translation>
    </message>
    <message>
        <source>Sign-off {0}</source>
        <translation>Acta {0}</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>Not possible</source>
        <translation>No es posible</translation>
    </message>
    <message>
        <source>The view has been reloaded.</source>
        <translation>La vista se ha recargado.</translation>
    </message>
    <message>
        <source>This cannot be undone; earlier steps can no longer be undone either.</source>
        <translation>Esta acción no se puede deshacer; los pasos anteriores tampoco podrán deshacerse ya.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>{0}: cancelled.</source>
        <translation>{0}: cancelado.</translation>
    </message>
    <message>
        <source>{0} failed: {1}</source>
        <translation>{0}: error. {1}</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Set</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <source>set</source>
        <translation>(fijada)</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Database password</source>
        <translation>Contraseña de la base de datos</translation>
    </message>
    <message>
        <source>Scopekeeper keeps it in the system keyring, so it will not ask again on this computer.</source>
        <translation>Scopekeeper la guarda en el llavero del sistema, así que no volverá a pedirla en este equipo.</translation>
    </message>
    <message>
        <source>No system keyring is available, so Scopekeeper cannot remember this password; it will ask again next time.</source>
        <translation>No hay ningún llavero del sistema disponible, así que Scopekeeper no puede recordar esta contraseña; volverá a pedirla la próxima vez.</translation>
    </message>
    <message>
        <source>Database user</source>
        <translation>Usuario de la base de datos</translation>
    </message>
    <message>
        <source>Database server</source>
        <translation>Servidor de base de datos</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review — {0} milestone {1}</source>
        <translation>Revisión — {0} hito {1}</translation>
    </message>
    <message>
        <source>Review milestone</source>
        <translation>Revisión del hito</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0} · milestone {1}: {2}&lt;/b&gt; — review round {3}</source>
        <translation>&lt;b&gt;{0} · hito {1}: {2}&lt;/b&gt; — revisión n.º {3}</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Responsable de la revisión</translation>
    </message>
    <message>
        <source>(no reviewer named)</source>
        <translation>(sin responsable indicado)</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Fecha de la revisión</translation>
    </message>
    <message>
        <source>Re&amp;viewer</source>
        <translation>Res&amp;ponsable</translation>
    </message>
    <message>
        <source>Review &amp;date</source>
        <translation>&amp;Fecha de la revisión</translation>
    </message>
    <message>
        <source>Previous review round</source>
        <translation>Ronda de revisión anterior</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>Waiver reason</source>
        <translation>Motivo de la dispensa</translation>
    </message>
    <message>
        <source>Criteria and verdicts</source>
        <translation>Criterios y veredictos</translation>
    </message>
    <message>
        <source>Derived outcome</source>
        <translation>Resultado derivado</translation>
    </message>
    <message>
        <source>&amp;Save review</source>
        <translation>&amp;Guardar revisión</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>Guardar revisión</translation>
    </message>
    <message>
        <source>Capture &amp;idea…</source>
        <translation>Registrar &amp;idea…</translation>
    </message>
    <message>
        <source>Capture idea</source>
        <translation>Registrar idea</translation>
    </message>
    <message>
        <source>Note a new client idea without leaving the review; it goes to the backlog.</source>
        <translation>Registre una nueva idea del cliente sin salir de la revisión; irá al backlog.</translation>
    </message>
    <message>
        <source>no reviewer named</source>
        <translation>sin revisor indicado</translation>
    </message>
    <message numerus="yes">
        <source>Round {0} on {1} ({2}): {3} — {4} of {5} criteria not met. Its verdicts and notes are under each criterion.</source>
        <translation>
            <numerusform>Ronda {0} del {1} ({2}): {3} — {4} de {5} criterio no cumplido. Sus veredictos y notas aparecen bajo cada criterio.</numerusform>
            <numerusform>Ronda {0} del {1} ({2}): {3} — {4} de {5} criterios no cumplidos. Sus veredictos y notas aparecen bajo cada criterio.</numerusform>
        </translation>
    </message>
    <message>
        <source>Round {0}: {1}</source>
        <translation>Ronda {0}: {1}</translation>
    </message>
    <message>
        <source>Target: {0}</source>
        <translation>Objetivo: {0}</translation>
    </message>
    <message>
        <source>Verdict on criterion {0}</source>
        <translation>Veredicto del criterio {0}</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Note on criterion {0}</source>
        <translation>Observaciones del criterio {0}</translation>
    </message>
    <message>
        <source>Waiver reason for criterion {0}</source>
        <translation>Motivo de la dispensa del criterio {0}</translation>
    </message>
    <message>
        <source>Required when waived</source>
        <translation>Obligatorio si se dispensa</translation>
    </message>
    <message>
        <source>Outcome: not decided yet — 1 criterion has no verdict</source>
        <translation>Resultado: aún sin decidir — 1 criterio no tiene veredicto</translation>
    </message>
    <message>
        <source>Outcome: not decided yet — {0} criteria have no verdict</source>
        <translation>Resultado: aún sin decidir — {0} criterios no tienen veredicto</translation>
    </message>
    <message>
        <source>Outcome: accepted</source>
        <translation>Resultado: aceptado</translation>
    </message>
    <message>
        <source>Outcome: changes requested — 1 criterion not met</source>
        <translation>Resultado: cambios solicitados — 1 criterio no cumplido</translation>
    </message>
    <message>
        <source>Outcome: changes requested — {0} criteria not met</source>
        <translation>Resultado: cambios solicitados — {0} criterios no cumplidos</translation>
    </message>
    <message>
        <source>A waived criterion needs a reason: {0}</source>
        <translation>Un criterio dispensado necesita un motivo: {0}</translation>
    </message>
    <message>
        <source>Review recorded. {0}</source>
        <translation>Revisión registrada. {0}</translation>
    </message>
</context>
<context>
    <name>RoadmapModel</name>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Estimada</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Desviación</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>a tiempo</translation>
    </message>
    <message>
        <source>{0:+d} d</source>
        <translation>{0:+d} d</translation>
    </message>
    <message>
        <source>Deemed accepted — confirm: the review period has passed.</source>
        <translation>Aceptación tácita — confirme: el plazo de revisión ha vencido.</translation>
    </message>
    <message numerus="yes">
        <source>%n acceptance criteria</source>
        <translation>
            <numerusform>%n criterio de aceptación</numerusform>
            <numerusform>%n criterios de aceptación</numerusform>
        </translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Remove row {0}</source>
        <translation>Eliminar la fila {0}</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Engagement</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Buscar en todo</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Search for</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Engagements, milestones, contacts, ideas… (at least 2 letters)</source>
        <translation>Proyectos, hitos, contactos, ideas… (al menos 2 letras)</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Estado de la búsqueda</translation>
    </message>
    <message>
        <source>Type at least two letters.</source>
        <translation>Escriba al menos dos letras.</translation>
    </message>
    <message>
        <source>Nothing found for “{0}”.</source>
        <translation>No se encontró nada para «{0}».</translation>
    </message>
    <message>
        <source>{0} found; Enter opens the selected one.</source>
        <translation>{0} encontrados; Intro abre el seleccionado.</translation>
    </message>
    <message>
        <source>Only the first of each kind are listed: type more to narrow.</source>
        <translation>Solo se listan los primeros de cada tipo: escriba más para acotar.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>SQLite &amp;file on this computer</source>
        <translation>Archivo &amp;SQLite en este equipo</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server (team)</source>
        <translation>Servidor &amp;PostgreSQL (equipo)</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Archivo de base de datos</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Choose database file</source>
        <translation>Elegir el archivo de base de datos</translation>
    </message>
    <message>
        <source>PostgreSQL URL</source>
        <translation>URL de PostgreSQL</translation>
    </message>
    <message>
        <source>Leave the password out: Scopekeeper asks for it when connecting and keeps it in the system keyring, never in its settings.</source>
        <translation>No incluya la contraseña: Scopekeeper la pide al conectarse y la guarda en el llavero del sistema, nunca en su configuración.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Agency name</source>
        <translation>Nombre de la agencia</translation>
    </message>
    <message>
        <source>Agency address</source>
        <translation>Dirección de la agencia</translation>
    </message>
    <message>
        <source>Signatory name</source>
        <translation>Nombre del firmante</translation>
    </message>
    <message>
        <source>Signatory role</source>
        <translation>Cargo del firmante</translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation>Moneda predeterminada</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño de papel</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Vista previa del logotipo</translation>
    </message>
    <message>
        <source>Choose PNG…</source>
        <translation>Elegir PNG…</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Elegir el logotipo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Quitar el logotipo</translation>
    </message>
    <message>
        <source>Agency identity on documents</source>
        <translation>Identidad de la agencia en los documentos</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>Si&amp;gnatory</source>
        <translation>&amp;Firmante</translation>
    </message>
    <message>
        <source>Signatory &amp;role</source>
        <translation>&amp;Cargo del firmante</translation>
    </message>
    <message>
        <source>&amp;Logo</source>
        <translation>&amp;Logotipo</translation>
    </message>
    <message>
        <source>Default &amp;currency</source>
        <translation>Moneda &amp;predeterminada</translation>
    </message>
    <message>
        <source>Pa&amp;per size</source>
        <translation>&amp;Tamaño de papel</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <source>Appea&amp;rance</source>
        <translation>Apa&amp;riencia</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation>&amp;Idioma de la interfaz</translation>
    </message>
    <message>
        <source>Scopekeeper database (*.sqlite3 *.db);;All files (*)</source>
        <translation>Base de datos de Scopekeeper (*.sqlite3 *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>sin logotipo</translation>
    </message>
    <message>
        <source>not a readable image</source>
        <translation>imagen ilegible</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>Preferencias guardadas.</translation>
    </message>
    <message>
        <source>The interface will speak the new language the next time Scopekeeper starts. Restart now?</source>
        <translation>La interfaz hablará el nuevo idioma la próxima vez que se inicie Scopekeeper. ¿Reiniciar ahora?</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Reiniciar ahora</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Más &amp;tarde</translation>
    </message>
</context>
<context>
    <name>SignedCopyActions</name>
    <message>
        <source>Bring back the signed copy</source>
        <translation>Incorporar la copia firmada</translation>
    </message>
    <message>
        <source>Signed copies (*.pdf *.txt *.png *.jpg);;All files (*)</source>
        <translation>Copias firmadas (*.pdf *.txt *.png *.jpg);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>the file cannot be read ({0})</source>
        <translation>no se puede leer el archivo ({0})</translation>
    </message>
    <message>
        <source>Signed copy verified and recorded.</source>
        <translation>Copia firmada verificada y registrada.</translation>
    </message>
    <message>
        <source>Signed copy matched by its document id and recorded.</source>
        <translation>Copia firmada asociada por su referencia de documento y registrada.</translation>
    </message>
    <message>
        <source>Signed copy not verified; nothing was recorded.</source>
        <translation>Copia firmada no verificada; no se ha registrado nada.</translation>
    </message>
    <message>
        <source>✔ Verified: {0}</source>
        <translation>✔ Verificada: {0}</translation>
    </message>
    <message>
        <source>✔ Matched: {0}</source>
        <translation>✔ Asociada: {0}</translation>
    </message>
    <message>
        <source>✘ Not verified: {0}</source>
        <translation>✘ No verificada: {0}</translation>
    </message>
    <message>
        <source>Certificate: {0}</source>
        <translation>Certificado: {0}</translation>
    </message>
</context>
<context>
    <name>SignoffPanel</name>
    <message>
        <source>Sign-off</source>
        <translation>Acta</translation>
    </message>
    <message>
        <source>Sign-off summary</source>
        <translation>Resumen del acta</translation>
    </message>
    <message>
        <source>&amp;Export sign-off PDF…</source>
        <translation>&amp;Exportar el acta en PDF…</translation>
    </message>
    <message>
        <source>Open containing &amp;folder</source>
        <translation>Abrir la &amp;carpeta</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>Exported file</source>
        <translation>Archivo exportado</translation>
    </message>
    <message>
        <source>Agency warning</source>
        <translation>Aviso sobre la agencia</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Emisión</translation>
    </message>
    <message>
        <source>Signature method</source>
        <translation>Método de firma</translation>
    </message>
    <message>
        <source>Signer name</source>
        <translation>Nombre del firmante</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Firmado el</translation>
    </message>
    <message>
        <source>Document id on the copy</source>
        <translation>Referencia del documento en la copia</translation>
    </message>
    <message>
        <source>&amp;Bring back signed copy…</source>
        <translation>&amp;Incorporar la copia firmada…</translation>
    </message>
    <message>
        <source>…or drop the signed PDF anywhere on this panel.</source>
        <translation>…o suelte el PDF firmado en cualquier parte de este panel.</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Resultado de la verificación</translation>
    </message>
    <message>
        <source>Signed copy</source>
        <translation>Copia firmada</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Método</translation>
    </message>
    <message>
        <source>Si&amp;gner</source>
        <translation>&amp;Firmante</translation>
    </message>
    <message>
        <source>Signed &amp;on</source>
        <translation>Firmado &amp;el</translation>
    </message>
    <message>
        <source>&amp;Document id</source>
        <translation>&amp;Referencia del documento</translation>
    </message>
    <message>
        <source>Billing date</source>
        <translation>Fecha de facturación</translation>
    </message>
    <message>
        <source>Invoice reference</source>
        <translation>Referencia de la factura</translation>
    </message>
    <message>
        <source>Optional, e.g. INV-2026-042</source>
        <translation>Opcional, p. ej. FAC-2026-042</translation>
    </message>
    <message>
        <source>Mark &amp;invoiced</source>
        <translation>Marcar como &amp;facturado</translation>
    </message>
    <message>
        <source>Mark &amp;paid</source>
        <translation>Marcar como &amp;pagado</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <source>Da&amp;te</source>
        <translation>Fec&amp;ha</translation>
    </message>
    <message>
        <source>Invoice &amp;reference</source>
        <translation>&amp;Referencia de la factura</translation>
    </message>
    <message>
        <source>Export sign-off PDF</source>
        <translation>Exportar el acta en PDF</translation>
    </message>
    <message>
        <source>Open the folder of the exported PDF</source>
        <translation>Abrir la carpeta del PDF exportado</translation>
    </message>
    <message>
        <source>Preview the sign-off PDF</source>
        <translation>Vista previa del acta en PDF</translation>
    </message>
    <message>
        <source>Bring back the signed copy</source>
        <translation>Incorporar la copia firmada</translation>
    </message>
    <message>
        <source>Mark the milestone invoiced</source>
        <translation>Marcar el hito como facturado</translation>
    </message>
    <message>
        <source>Mark the milestone paid</source>
        <translation>Marcar el hito como pagado</translation>
    </message>
    <message>
        <source>Export or preview the sign-off to read it here.</source>
        <translation>Exporte el acta o abra su vista previa para leerla aquí.</translation>
    </message>
    <message>
        <source>Sign-off steps</source>
        <translation>Pasos del acta</translation>
    </message>
    <message>
        <source>That milestone no longer exists.</source>
        <translation>Ese hito ya no existe.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0} — milestone {1}: {2}&lt;/b&gt;&lt;br&gt;No sign-off yet: {3}.</source>
        <translation>&lt;b&gt;{0} — hito {1}: {2}&lt;/b&gt;&lt;br&gt;Todavía no hay acta: {3}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign-off {0}&lt;/b&gt;&lt;br&gt;Milestone {1}: {2}&lt;br&gt;State: {3} · fingerprint {4}…</source>
        <translation>&lt;b&gt;Acta {0}&lt;/b&gt;&lt;br&gt;Hito {1}: {2}&lt;br&gt;Estado: {3} · huella {4}…</translation>
    </message>
    <message>
        <source>Invoice reference: {0}</source>
        <translation>Referencia de la factura: {0}</translation>
    </message>
    <message>
        <source>e.g. {0}</source>
        <translation>p. ej. {0}</translation>
    </message>
    <message>
        <source>The document id as printed on the returned copy</source>
        <translation>El identificador del documento tal como figura en la copia devuelta</translation>
    </message>
    <message>
        <source>⚠ This sign-off names no agency: the agency&apos;s identity was empty when it was signed, and a signed sign-off never changes.</source>
        <translation>⚠ Esta acta no indica ninguna agencia: la identidad de la agencia estaba vacía cuando se firmó, y un acta firmada ya no cambia.</translation>
    </message>
    <message>
        <source>Sign-offs neither issued nor signed yet name the agency once it is filled in under File ▸ Preferences ▸ Agency identity on documents.</source>
        <translation>Las actas aún no emitidas ni firmadas indicarán la agencia en cuanto se complete en Archivo ▸ Preferencias ▸ Identidad de la agencia en los documentos.</translation>
    </message>
    <message>
        <source>⚠ This sign-off names no agency: the agency&apos;s identity was empty when it was issued, and an issued sign-off never changes.</source>
        <translation>⚠ Esta acta no indica ninguna agencia: la identidad de la agencia estaba vacía cuando se emitió, y un acta emitida ya no cambia.</translation>
    </message>
    <message>
        <source>⚠ This sign-off names no agency: the agency&apos;s identity was empty when it was issued, and an issued sign-off never changes. Sign-offs not issued yet name the agency once it is filled in under File ▸ Preferences ▸ Agency identity on documents.</source>
        <translation>⚠ Esta acta no indica ninguna agencia: la identidad de la agencia estaba vacía cuando se emitió, y un acta emitida ya no cambia. Las actas aún no emitidas indicarán la agencia en cuanto se complete en Archivo ▸ Preferencias ▸ Identidad de la agencia en los documentos.</translation>
    </message>
    <message>
        <source>⚠ Your agency&apos;s identity is empty, so this sign-off would name no agency. Fill it in under File ▸ Preferences ▸ Agency identity on documents before exporting it.</source>
        <translation>⚠ La identidad de su agencia está vacía, así que esta acta no indicaría ninguna agencia. Complétela en Archivo ▸ Preferencias ▸ Identidad de la agencia en los documentos antes de exportarla.</translation>
    </message>
    <message>
        <source>choose an accepted milestone first</source>
        <translation>elija primero un hito aceptado</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to {0}</source>
        <translation>Guardado en {0}</translation>
    </message>
    <message>
        <source>Sign-off PDF saved to {0}.</source>
        <translation>Acta en PDF guardada en {0}.</translation>
    </message>
    <message>
        <source>Sign-off PDF saved to {0}. It names no agency: the agency&apos;s identity was empty when it was issued.</source>
        <translation>Acta en PDF guardada en {0}. No indica ninguna agencia: la identidad de la agencia estaba vacía cuando se emitió.</translation>
    </message>
    <message>
        <source>Sign-off preview</source>
        <translation>Vista previa del acta</translation>
    </message>
    <message>
        <source>Milestone marked invoiced.</source>
        <translation>Hito marcado como facturado.</translation>
    </message>
    <message>
        <source>Milestone marked paid.</source>
        <translation>Hito marcado como pagado.</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Roadmap timeline</source>
        <translation>Cronograma de la hoja de ruta</translation>
    </message>
    <message numerus="yes">
        <source>{0} milestones from {1} to {2}; {3} forecast later than baseline</source>
        <translation>
            <numerusform>{0} hito del {1} al {2}; {3} con fecha estimada posterior a la línea base</numerusform>
            <numerusform>{0} hitos del {1} al {2}; {3} con fecha estimada posterior a la línea base</numerusform>
        </translation>
    </message>
    <message>
        <source>No milestones yet: add the first billing point.</source>
        <translation>Todavía no hay hitos: añada el primer punto de facturación.</translation>
    </message>
    <message>
        <source>no due date yet</source>
        <translation>todavía sin fecha de vencimiento</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
</context>
<context>
    <name>Verdicts</name>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the file is {size} MB, more than the {limit} MB allowed for a signed copy</source>
        <translation>el archivo ocupa {size} MB, más de los {limit} MB admitidos para una copia firmada</translation>
    </message>
    <message>
        <source>the file is not a PDF</source>
        <translation>el archivo no es un PDF</translation>
    </message>
    <message>
        <source>the PDF is damaged and could not be read</source>
        <translation>el PDF está dañado y no se ha podido leer</translation>
    </message>
    <message>
        <source>the PDF is password-protected; ask the client for a copy without a password</source>
        <translation>el PDF está protegido con contraseña; pida al cliente una copia sin contraseña</translation>
    </message>
    <message>
        <source>this PDF is not one of our sign-offs (it has no document id)</source>
        <translation>este PDF no es una de nuestras actas (no lleva referencia de documento)</translation>
    </message>
    <message>
        <source>the file carries no document id; type the id printed on the sign-off</source>
        <translation>el archivo no lleva referencia de documento; escriba la referencia impresa en el acta</translation>
    </message>
    <message>
        <source>no sign-off with document id {document} exists here</source>
        <translation>aquí no existe ningún acta con la referencia {document}</translation>
    </message>
    <message>
        <source>this PDF is another version of sign-off {document} (an earlier round or a different milestone): its fingerprint does not match the accepted round</source>
        <translation>este PDF es otra versión del acta {document} (una revisión anterior u otro hito): su huella no coincide con la revisión aceptada</translation>
    </message>
    <message>
        <source>this file is another version of sign-off {document} (an earlier round or a different milestone): its fingerprint does not match the accepted round</source>
        <translation>este archivo es otra versión del acta {document} (una revisión anterior u otro hito): su huella no coincide con la revisión aceptada</translation>
    </message>
    <message>
        <source>sign-off {document} has not been issued yet: export its PDF first; only an issued sign-off can come back signed</source>
        <translation>el acta {document} aún no se ha emitido: exporte primero su PDF; solo un acta emitida puede volver firmada</translation>
    </message>
    <message>
        <source>the file belongs to sign-off {found}, not {document}</source>
        <translation>el archivo pertenece al acta {found}, no a {document}</translation>
    </message>
    <message>
        <source>this file is sign-off {found}, not {document} (milestone {position} of {code})</source>
        <translation>este archivo es el acta {found}, no {document} (hito {position} de {code})</translation>
    </message>
    <message>
        <source>the PDF has no digital signature; a copy signed on paper is recorded as a scan</source>
        <translation>el PDF no lleva firma electrónica; una copia firmada en papel se registra como escaneo</translation>
    </message>
    <message>
        <source>the signature is damaged and could not be checked</source>
        <translation>la firma está dañada y no se ha podido comprobar</translation>
    </message>
    <message>
        <source>the signature is broken: the document was changed after it was signed</source>
        <translation>la firma está rota: el documento se modificó después de firmarse</translation>
    </message>
    <message>
        <source>the signature does not cover the whole document</source>
        <translation>la firma no cubre todo el documento</translation>
    </message>
    <message>
        <source>the document was changed after it was signed (more than filling in form fields)</source>
        <translation>el documento se modificó después de firmarse (más allá de rellenar campos de formulario)</translation>
    </message>
    <message>
        <source>the document was changed in a way its signer did not allow</source>
        <translation>el documento se modificó de un modo que su firmante no permitía</translation>
    </message>
    <message>
        <source>data was added to the file after it was signed</source>
        <translation>se añadieron datos al archivo después de firmarse</translation>
    </message>
    <message>
        <source>the signed PDF is not built on the copy of {document} we issued (it was regenerated or edited before signing)</source>
        <translation>el PDF firmado no parte de la copia de {document} que emitimos (se regeneró o editó antes de firmarse)</translation>
    </message>
    <message>
        <source>signed digitally by {signer}; the sign-off is unchanged since we issued it</source>
        <translation>firmado electrónicamente por {signer}; el acta no ha cambiado desde que la emitimos</translation>
    </message>
    <message>
        <source>signed digitally by {signer}; the sign-off is unchanged since we issued it (form fields were filled in after signing)</source>
        <translation>firmado electrónicamente por {signer}; el acta no ha cambiado desde que la emitimos (se rellenaron campos de formulario después de firmar)</translation>
    </message>
    <message>
        <source>signed digitally by an unnamed signer; the sign-off is unchanged since we issued it</source>
        <translation>firmado electrónicamente por un firmante sin nombre; el acta no ha cambiado desde que la emitimos</translation>
    </message>
    <message>
        <source>signed digitally by an unnamed signer; the sign-off is unchanged since we issued it (form fields were filled in after signing)</source>
        <translation>firmado electrónicamente por un firmante sin nombre; el acta no ha cambiado desde que la emitimos (se rellenaron campos de formulario después de firmar)</translation>
    </message>
    <message>
        <source>scanned copy matched to sign-off {document} by the id in the file; recorded with its hash</source>
        <translation>copia escaneada asociada al acta {document} por la referencia del archivo; registrada con su huella</translation>
    </message>
    <message>
        <source>scanned copy matched to sign-off {document} by the id typed in; recorded with its hash</source>
        <translation>copia escaneada asociada al acta {document} por la referencia escrita; registrada con su huella</translation>
    </message>
    <message>
        <source>typed acknowledgement matched to sign-off {document} by the id in the file; recorded with its hash</source>
        <translation>conformidad escrita asociada al acta {document} por la referencia del archivo; registrada con su huella</translation>
    </message>
    <message>
        <source>typed acknowledgement matched to sign-off {document} by the id typed in; recorded with its hash</source>
        <translation>conformidad escrita asociada al acta {document} por la referencia escrita; registrada con su huella</translation>
    </message>
    <message>
        <source>pages were added to or removed from the sign-off after we issued it</source>
        <translation>se añadieron o quitaron páginas del acta después de que la emitiéramos</translation>
    </message>
    <message>
        <source>the content of page {page} was changed after we issued the sign-off</source>
        <translation>el contenido de la página {page} se modificó después de que emitiéramos el acta</translation>
    </message>
    <message>
        <source>comments or markings were added to page {page} after we issued the sign-off; a comment can carry conditions, so ask the client for a signed copy without comments</source>
        <translation>se añadieron comentarios o marcas en la página {page} después de que emitiéramos el acta; un comentario puede incluir condiciones, así que pida al cliente una copia firmada sin comentarios</translation>
    </message>
    <message>
        <source>a form field we did not place ({field}) was added to the sign-off</source>
        <translation>se añadió al acta un campo de formulario que no colocamos nosotros ({field})</translation>
    </message>
    <message>
        <source>a signature appearance on page {page} lies outside the signature box, over the sign-off&apos;s content</source>
        <translation>la apariencia de una firma en la página {page} queda fuera del recuadro de firma, sobre el contenido del acta</translation>
    </message>
    <message>
        <source>the sign-off was changed after we issued it in a way other than signing it</source>
        <translation>el acta se modificó después de que la emitiéramos de una forma distinta a firmarla</translation>
    </message>
    <message>
        <source>the file is neither a readable PDF nor an image, so it is not a scan</source>
        <translation>el archivo no es un PDF legible ni una imagen, así que no es una copia escaneada</translation>
    </message>
    <message>
        <source>the file is neither a readable PDF, an image nor text, so it is not an acknowledgement</source>
        <translation>el archivo no es un PDF legible, ni una imagen, ni texto, así que no es una conformidad escrita</translation>
    </message>
    <message>
        <source>signed digitally by {signer}; the sign-off is unchanged since we issued it (another signature added)</source>
        <translation>firmado electrónicamente por {signer}; el acta no ha cambiado desde que la emitimos (se añadió otra firma)</translation>
    </message>
    <message>
        <source>signed digitally by an unnamed signer; the sign-off is unchanged since we issued it (another signature added)</source>
        <translation>firmado electrónicamente por un firmante sin nombre; el acta no ha cambiado desde que la emitimos (se añadió otra firma)</translation>
    </message>
    <message>
        <source>signed digitally by {signer}; the sign-off is unchanged since we issued it (document information updated)</source>
        <translation>firmado electrónicamente por {signer}; el acta no ha cambiado desde que la emitimos (se actualizó la información del documento)</translation>
    </message>
    <message>
        <source>signed digitally by an unnamed signer; the sign-off is unchanged since we issued it (document information updated)</source>
        <translation>firmado electrónicamente por un firmante sin nombre; el acta no ha cambiado desde que la emitimos (se actualizó la información del documento)</translation>
    </message>
    <message>
        <source>signed digitally by {signer}; the sign-off is unchanged since we issued it (another signature added; document information updated)</source>
        <translation>firmado electrónicamente por {signer}; el acta no ha cambiado desde que la emitimos (se añadió otra firma; se actualizó la información del documento)</translation>
    </message>
    <message>
        <source>signed digitally by an unnamed signer; the sign-off is unchanged since we issued it (another signature added; document information updated)</source>
        <translation>firmado electrónicamente por un firmante sin nombre; el acta no ha cambiado desde que la emitimos (se añadió otra firma; se actualizó la información del documento)</translation>
    </message>
    <message>
        <source>scanned copy matched to sign-off {document} by the id in the file; a scan cannot be verified cryptographically; recorded with its hash</source>
        <translation>copia escaneada asociada al acta {document} por la referencia del archivo; una copia escaneada no puede verificarse criptográficamente; registrada con su huella</translation>
    </message>
    <message>
        <source>scanned copy matched to sign-off {document} by the id typed in; a scan cannot be verified cryptographically; recorded with its hash</source>
        <translation>copia escaneada asociada al acta {document} por la referencia escrita; una copia escaneada no puede verificarse criptográficamente; registrada con su huella</translation>
    </message>
    <message>
        <source>typed acknowledgement matched to sign-off {document} by the id in the file; it cannot be verified cryptographically; recorded with its hash</source>
        <translation>conformidad escrita asociada al acta {document} por la referencia del archivo; no puede verificarse criptográficamente; registrada con su huella</translation>
    </message>
    <message>
        <source>typed acknowledgement matched to sign-off {document} by the id typed in; it cannot be verified cryptographically; recorded with its hash</source>
        <translation>conformidad escrita asociada al acta {document} por la referencia escrita; no puede verificarse criptográficamente; registrada con su huella</translation>
    </message>
    <message>
        <source>signer certificate not checked against a trust list</source>
        <translation>certificado del firmante no comprobado con una lista de confianza</translation>
    </message>
    <message>
        <source>signer certificate chains to a trusted root</source>
        <translation>el certificado del firmante se encadena a una raíz de confianza</translation>
    </message>
    <message>
        <source>signer certificate is not issued by a trusted authority ({problem})</source>
        <translation>el certificado del firmante no lo emite una autoridad de confianza ({problem})</translation>
    </message>
    <message>
        <source>signer certificate is not issued by a trusted authority</source>
        <translation>el certificado del firmante no lo emite una autoridad de confianza</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Welcome to Scopekeeper</source>
        <translation>Le damos la bienvenida a Scopekeeper</translation>
    </message>
    <message>
        <source>New engagement…</source>
        <translation>Nuevo proyecto…</translation>
    </message>
    <message>
        <source>New engagement</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <source>Open sample data</source>
        <translation>Abrir datos de ejemplo</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel de control</translation>
    </message>
    <message>
        <source>Open the dashboard</source>
        <translation>Abrir el panel de control</translation>
    </message>
    <message>
        <source>Ctrl+N creates an engagement, Ctrl+I captures an idea, Ctrl+F filters the list.</source>
        <translation>Ctrl+N crea un proyecto, Ctrl+I registra una idea, Ctrl+F filtra la lista.</translation>
    </message>
    <message>
        <source>Scopekeeper</source>
        <translation>Scopekeeper</translation>
    </message>
    <message numerus="yes">
        <source>This database holds %n engagement(s). Choose one on the left, or open the dashboard for the portfolio&apos;s figures and what falls due.</source>
        <translation>
            <numerusform>Esta base de datos contiene %n proyecto. Elija uno a la izquierda o abra el panel de control para ver las cifras de la cartera y los próximos vencimientos.</numerusform>
            <numerusform>Esta base de datos contiene %n proyectos. Elija uno a la izquierda o abra el panel de control para ver las cifras de la cartera y los próximos vencimientos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan each engagement as a roadmap of billing points with written acceptance criteria. Activate it to lock the scope, review milestones against their criteria, send sign-off PDFs, and divert new client ideas into spin-off engagements.</source>
        <translation>Planifique cada proyecto como una hoja de ruta de puntos de facturación con criterios de aceptación por escrito. Actívelo para bloquear el alcance, revise los hitos según sus criterios, envíe las actas en PDF y derive las nuevas ideas del cliente a proyectos derivados.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <source>Something went wrong that Scopekeeper did not expect: {0}

Nothing was half-saved: the action was rolled back. The details are in {1}.</source>
        <translation>Se produjo un problema que Scopekeeper no esperaba: {0}

No se guardó nada a medias: la acción se ha revertido. Los detalles están en {1}.</translation>
    </message>
    <message>
        <source>Database server not reachable</source>
        <translation>No se puede contactar con el servidor de base de datos</translation>
    </message>
    <message>
        <source>Database not opened</source>
        <translation>No se abrió la base de datos</translation>
    </message>
    <message>
        <source>Open another database…</source>
        <translation>Abrir otra base de datos…</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Elegir otro archivo…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>connecting</name>
    <message>
        <source>Scopekeeper cannot reach the database server at {0}, port {1} (database {2}): {3}

Check that the server is running and that this computer can reach it (network, VPN), then try again.</source>
        <translation>Scopekeeper no puede conectar con el servidor de base de datos {0}, puerto {1} (base de datos {2}): {3}

Compruebe que el servidor está en marcha y que este equipo puede llegar a él (red, VPN) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server refused the password for {0}.</source>
        <translation>El servidor rechazó la contraseña de {0}.</translation>
    </message>
    <message>
        <source>The server asks for the password of {0}.</source>
        <translation>El servidor pide la contraseña de {0}.</translation>
    </message>
    <message>
        <source>No password was given for {0}, so it was not opened.</source>
        <translation>No se indicó ninguna contraseña para {0}, así que no se abrió.</translation>
    </message>
    <message>
        <source>The database server did not open {0}: {1}</source>
        <translation>El servidor de base de datos no abrió {0}: {1}</translation>
    </message>
    <message>
        <source>No system keyring is available, so Scopekeeper cannot remember this password; it will ask again next time.</source>
        <translation>No hay ningún llavero del sistema disponible, así que Scopekeeper no puede recordar esta contraseña; volverá a pedirla la próxima vez.</translation>
    </message>
    <message>
        <source>{0}, port {1}</source>
        <translation>en {0}, puerto {1}</translation>
    </message>
    <message>
        <source>its address</source>
        <translation>en su dirección</translation>
    </message>
    <message>
        <source>Nothing was half-saved: the action was rolled back. Try again once the server is back.</source>
        <translation>No se guardó nada a medias: la acción se deshizo. Vuelva a intentarlo cuando el servidor esté disponible.</translation>
    </message>
    <message>
        <source>Database server not reachable</source>
        <translation>Servidor de base de datos inaccesible</translation>
    </message>
    <message>
        <source>Scopekeeper lost the database server at {0}: nothing answers there now. Check that the server is running and that this computer can reach it (network, VPN).

{1}</source>
        <translation>Scopekeeper perdió el servidor de base de datos {0}: ya no responde nada allí. Compruebe que el servidor está en marcha y que este equipo puede llegar a él (red, VPN).

{1}</translation>
    </message>
    <message>
        <source>Database connection lost</source>
        <translation>Se perdió la conexión con la base de datos</translation>
    </message>
    <message>
        <source>The connection to the database server at {0} failed: {1}

{2}</source>
        <translation>La conexión con el servidor de base de datos {0} falló: {1}

{2}</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>&apos;{affix}&apos; stands for {others}, but this amount is in {currency}; enter it without a currency sign, like {example}</source>
        <translation>«{affix}» indica {others}, pero este importe está en {currency}; escríbalo sin símbolo de moneda, como {example}</translation>
    </message>
    <message>
        <source>&apos;{backend}&apos; databases are not supported: use a file path or a postgresql+psycopg:// URL</source>
        <translation>las bases de datos «{backend}» no son compatibles: indique una ruta de archivo o una URL postgresql+psycopg://</translation>
    </message>
    <message>
        <source>&apos;{character}&apos; cannot appear in an amount; enter it like {example}</source>
        <translation>«{character}» no puede aparecer en un importe; escríbalo como {example}</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an ISO 4217 currency code; use three letters such as EUR, USD or JPY</source>
        <translation>«{code}» no es un código de moneda ISO 4217; use tres letras como EUR, USD o JPY</translation>
    </message>
    <message>
        <source>&apos;{folder}&apos; is a file, not a folder</source>
        <translation>«{folder}» es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be used as a file name on every system</source>
        <translation>«{name}» no puede usarse como nombre de archivo en todos los sistemas</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a valid file name here; choose another name</source>
        <translation>«{name}» no es un nombre de archivo válido aquí; elija otro</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; cannot be written: the folder or file is read-only, or the file is open in another program; choose another place or close the file</source>
        <translation>no se puede escribir «{path}»: la carpeta o el archivo son de solo lectura, o el archivo está abierto en otro programa; elija otra ubicación o cierre el archivo</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; could not be written: {problem}</source>
        <translation>no se pudo escribir «{path}»: {problem}</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; does not name a file; choose a file name</source>
        <translation>«{path}» no indica un archivo; elija un nombre de archivo</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is a folder; choose a file name inside it</source>
        <translation>«{path}» es una carpeta; elija un nombre de archivo dentro de ella</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is ambiguous here: &apos;{separator}&apos; could separate thousands or decimals; enter it like {example}</source>
        <translation>«{text}» es ambiguo aquí: «{separator}» podría separar miles o decimales; escríbalo como {example}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number; enter an amount, like {example}</source>
        <translation>«{text}» no es un número; escriba un importe, como {example}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a well-formed amount; enter it like {example}</source>
        <translation>«{text}» no es un importe bien escrito; escríbalo como {example}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an amount in minor units; expected whole ASCII digits such as 123450, optionally with a leading &apos;-&apos;</source>
        <translation>«{text}» no es un importe en unidades menores; se esperan dígitos ASCII enteros como 123450, opcionalmente precedidos de «-»</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is too large to be an amount</source>
        <translation>«{text}» es demasiado grande para ser un importe</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a database URL ({problem})</source>
        <translation>«{value}» no es una URL de base de datos ({problem})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date; use YYYY-MM-DD</source>
        <translation>«{value}» no es una fecha; use AAAA-MM-DD</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a document language; use {languages}</source>
        <translation>«{value}» no es un idioma de documento; use {languages}</translation>
    </message>
    <message>
        <source>[{area}] {problem}</source>
        <translation>[{area}] {problem}</translation>
    </message>
    <message>
        <source>a client called &apos;{name}&apos; already exists</source>
        <translation>ya existe un cliente llamado «{name}»</translation>
    </message>
    <message>
        <source>a client called &apos;{name}&apos; already exists in this database</source>
        <translation>ya existe un cliente llamado «{name}» en esta base de datos</translation>
    </message>
    <message>
        <source>a client called &apos;{name}&apos; is already in this database with different details or history</source>
        <translation>ya hay un cliente llamado «{name}» en esta base de datos con otros datos u otro historial</translation>
    </message>
    <message>
        <source>a digital signature needs its certificate fingerprint</source>
        <translation>una firma digital necesita la huella de su certificado</translation>
    </message>
    <message>
        <source>a draft has no forecast yet: change the due date itself while planning</source>
        <translation>un borrador todavía no tiene fecha estimada: cambie la propia fecha de entrega mientras planifica</translation>
    </message>
    <message>
        <source>a due date</source>
        <translation>una fecha de entrega</translation>
    </message>
    <message>
        <source>a field name in {place} holds a character that is not text (an unpaired surrogate)</source>
        <translation>un nombre de campo en {place} contiene un carácter que no es texto (un sustituto UTF-16 sin pareja)</translation>
    </message>
    <message>
        <source>a milestone can have at most {limit} checklist items</source>
        <translation>un hito puede tener como máximo {limit} puntos de comprobación</translation>
    </message>
    <message>
        <source>a milestone can have at most {limit} criteria</source>
        <translation>un hito puede tener como máximo {limit} criterios</translation>
    </message>
    <message>
        <source>a review template called &apos;{name}&apos; already exists in this database</source>
        <translation>ya existe una plantilla de revisión llamada «{name}» en esta base de datos</translation>
    </message>
    <message>
        <source>a review template called &apos;{name}&apos; is already in this database with different details or history</source>
        <translation>ya hay una plantilla de revisión llamada «{name}» en esta base de datos con otro contenido u otro historial</translation>
    </message>
    <message>
        <source>a review template needs at least one criterion</source>
        <translation>una plantilla de revisión necesita al menos un criterio</translation>
    </message>
    <message>
        <source>a template called &apos;{name}&apos; already exists</source>
        <translation>ya existe una plantilla llamada «{name}»</translation>
    </message>
    <message>
        <source>a verdict names a criterion of another milestone</source>
        <translation>un veredicto se refiere a un criterio de otro hito</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptado</translation>
    </message>
    <message>
        <source>activate</source>
        <translation>activar</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>add a milestone</source>
        <translation>añadir un hito</translation>
    </message>
    <message>
        <source>add at least one milestone</source>
        <translation>añada al menos un hito</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>importe</translation>
    </message>
    <message>
        <source>amounts are whole minor units (e.g. cents)</source>
        <translation>los importes son unidades menores enteras (p. ej., céntimos)</translation>
    </message>
    <message>
        <source>amounts cannot be negative</source>
        <translation>los importes no pueden ser negativos</translation>
    </message>
    <message>
        <source>an amount above zero</source>
        <translation>un importe mayor que cero</translation>
    </message>
    <message>
        <source>an engagement can have at most {limit} milestones</source>
        <translation>un proyecto puede tener como máximo {limit} hitos</translation>
    </message>
    <message>
        <source>an engagement with code {code} already exists</source>
        <translation>ya existe un proyecto con el código {code}</translation>
    </message>
    <message>
        <source>an idea that is {state} cannot be diverted; only captured ideas can</source>
        <translation>una idea en estado «{state}» no puede pasar a un proyecto derivado; solo las ideas registradas pueden</translation>
    </message>
    <message>
        <source>an in-memory database cannot hold your engagements</source>
        <translation>una base de datos en memoria no puede conservar sus proyectos</translation>
    </message>
    <message>
        <source>apply a template to milestone {position}</source>
        <translation>aplicar una plantilla al hito {position}</translation>
    </message>
    <message>
        <source>at least one acceptance criterion</source>
        <translation>al menos un criterio de aceptación</translation>
    </message>
    <message>
        <source>backup copies the SQLite file; for a PostgreSQL database use pg_dump (or export-archive --all for a portable archive)</source>
        <translation>backup copia el archivo SQLite; para una base de datos PostgreSQL use pg_dump (o export-archive --all para un archivo portátil)</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>presupuesto</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>cancelar</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>cannot be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <source>cannot contain spaces; for example {example}</source>
        <translation>no puede contener espacios; por ejemplo {example}</translation>
    </message>
    <message>
        <source>cannot create the folder for {path}: {problem}</source>
        <translation>no se puede crear la carpeta para {path}: {problem}</translation>
    </message>
    <message>
        <source>cannot open the database: {problem}</source>
        <translation>no se puede abrir la base de datos: {problem}</translation>
    </message>
    <message>
        <source>cannot read {path}: {problem}</source>
        <translation>no se puede leer {path}: {problem}</translation>
    </message>
    <message>
        <source>cannot write the backup {path}: {problem}</source>
        <translation>no se puede escribir la copia de seguridad {path}: {problem}</translation>
    </message>
    <message>
        <source>cannot write {path}: the folder {folder} does not exist</source>
        <translation>no se puede escribir {path}: la carpeta {folder} no existe</translation>
    </message>
    <message>
        <source>cannot {doing}: the scope of {code} is locked since activation. Capture this as an idea instead; ideas can be diverted into a spin-off engagement.</source>
        <translation>no se puede {doing}: el alcance de {code} está bloqueado desde la activación. Regístrelo como idea; las ideas pueden pasar a un proyecto derivado.</translation>
    </message>
    <message>
        <source>cannot {doing}: {code} is {status}, and its roadmap can no longer change</source>
        <translation>no se puede {doing}: {code} está en estado «{status}» y su hoja de ruta ya no puede cambiar</translation>
    </message>
    <message>
        <source>cannot {doing}: {code} is {status}, not active.</source>
        <translation>no se puede {doing}: {code} está en estado «{status}», no activo.</translation>
    </message>
    <message>
        <source>cannot {doing}: {code} is {status}, not active. Activate it first.</source>
        <translation>no se puede {doing}: {code} está en estado «{status}», no activo. Actívelo primero.</translation>
    </message>
    <message>
        <source>capture an idea</source>
        <translation>registrar una idea</translation>
    </message>
    <message>
        <source>captured</source>
        <translation>registrada</translation>
    </message>
    <message>
        <source>change milestone {position}</source>
        <translation>modificar el hito {position}</translation>
    </message>
    <message>
        <source>change the engagement&apos;s terms</source>
        <translation>modificar las condiciones del proyecto</translation>
    </message>
    <message>
        <source>changes requested</source>
        <translation>cambios solicitados</translation>
    </message>
    <message>
        <source>checklist</source>
        <translation>lista de comprobación</translation>
    </message>
    <message>
        <source>checklist item {position}</source>
        <translation>punto de comprobación {position}</translation>
    </message>
    <message>
        <source>choose A4 or Letter</source>
        <translation>elija A4 o Carta</translation>
    </message>
    <message>
        <source>choose a currency, such as EUR, USD or JPY</source>
        <translation>elija una moneda, como EUR, USD o JPY</translation>
    </message>
    <message>
        <source>choose a milestone first</source>
        <translation>elija primero un hito</translation>
    </message>
    <message>
        <source>choose a position from 1 to {count}</source>
        <translation>elija una posición de 1 a {count}</translation>
    </message>
    <message>
        <source>choose one of {values}</source>
        <translation>elija uno de estos valores: {values}</translation>
    </message>
    <message>
        <source>client {name}</source>
        <translation>el cliente {name}</translation>
    </message>
    <message>
        <source>close</source>
        <translation>cerrar</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completado</translation>
    </message>
    <message>
        <source>confirm deemed acceptance</source>
        <translation>confirmar la aceptación tácita</translation>
    </message>
    <message>
        <source>confirmation date</source>
        <translation>fecha de confirmación</translation>
    </message>
    <message>
        <source>confirmed by</source>
        <translation>confirmado por</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contacto</translation>
    </message>
    <message>
        <source>contains a broken character at position {position} (an unpaired surrogate, usually left by a bad copy and paste); retype that part</source>
        <translation>contiene un carácter dañado en la posición {position} (un sustituto sin pareja, que suele dejar un copiar y pegar defectuoso); vuelva a escribir esa parte</translation>
    </message>
    <message>
        <source>contains an invisible byte-order mark (U+FEFF) at position {position}; remove it</source>
        <translation>contiene una marca de orden de bytes invisible (U+FEFF) en la posición {position}; quítela</translation>
    </message>
    <message>
        <source>contains an invisible control character ({point}) at position {position}; remove it</source>
        <translation>contiene un carácter de control invisible ({point}) en la posición {position}; quítelo</translation>
    </message>
    <message>
        <source>contains an invisible text-direction control ({point}) at position {position}; remove it, because it can make the text display differently from what is stored</source>
        <translation>contiene un control invisible de dirección del texto ({point}) en la posición {position}; quítelo, porque puede hacer que el texto se vea distinto de como se guarda</translation>
    </message>
    <message>
        <source>contains {point} at position {position}, which is not a character; remove it</source>
        <translation>contiene {point} en la posición {position}, que no es un carácter; quítelo</translation>
    </message>
    <message>
        <source>criteria</source>
        <translation>criterios</translation>
    </message>
    <message>
        <source>criterion {position}</source>
        <translation>criterio {position}</translation>
    </message>
    <message>
        <source>criterion {position} has two verdicts</source>
        <translation>el criterio {position} tiene dos veredictos</translation>
    </message>
    <message>
        <source>criterion {position} note</source>
        <translation>nota del criterio {position}</translation>
    </message>
    <message>
        <source>criterion {position} target</source>
        <translation>objetivo del criterio {position}</translation>
    </message>
    <message>
        <source>criterion {position} waiver reason</source>
        <translation>motivo de la dispensa del criterio {position}</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>moneda</translation>
    </message>
    <message>
        <source>date raised</source>
        <translation>fecha de la idea</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>deemed acceptance</source>
        <translation>aceptación tácita</translation>
    </message>
    <message>
        <source>deemed-acceptance period</source>
        <translation>plazo de aceptación tácita</translation>
    </message>
    <message>
        <source>default currency</source>
        <translation>moneda predeterminada</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>eliminar</translation>
    </message>
    <message>
        <source>deliverables</source>
        <translation>entregables</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>did not understand &apos;{affix}&apos; in the amount; enter it like {example}</source>
        <translation>no se entendió «{affix}» en el importe; escríbalo como {example}</translation>
    </message>
    <message>
        <source>diverted</source>
        <translation>derivada</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>fecha de entrega</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>engagement</source>
        <translation>proyecto</translation>
    </message>
    <message>
        <source>engagement {code} already exists in this database</source>
        <translation>el proyecto {code} ya existe en esta base de datos</translation>
    </message>
    <message>
        <source>engagement {code} is its own ancestor (a parent loop)</source>
        <translation>el proyecto {code} es su propio proyecto de origen (un ciclo de proyectos derivados)</translation>
    </message>
    <message>
        <source>engagements</source>
        <translation>proyectos</translation>
    </message>
    <message>
        <source>enter an amount, like {example}</source>
        <translation>escriba un importe, como {example}</translation>
    </message>
    <message>
        <source>enter the amount in digits, like {example}</source>
        <translation>escriba el importe en cifras, como {example}</translation>
    </message>
    <message>
        <source>event {number} does not link to the event before it</source>
        <translation>el evento {number} no enlaza con el evento anterior</translation>
    </message>
    <message>
        <source>event {number} is listed twice or out of order</source>
        <translation>el evento {number} aparece dos veces o fuera de orden</translation>
    </message>
    <message>
        <source>event {number} is missing</source>
        <translation>falta el evento {number}</translation>
    </message>
    <message>
        <source>event {number} was altered after it was written</source>
        <translation>el evento {number} se modificó después de registrarse</translation>
    </message>
    <message>
        <source>every criterion needs a verdict; missing: {positions}</source>
        <translation>cada criterio necesita un veredicto; faltan: {positions}</translation>
    </message>
    <message>
        <source>follow-up date</source>
        <translation>fecha de seguimiento</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>fecha estimada</translation>
    </message>
    <message>
        <source>give a calendar date (YYYY-MM-DD)</source>
        <translation>indique una fecha del calendario (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>give a due date or clear it, not both</source>
        <translation>indique una fecha de entrega o bórrela, no ambas cosas</translation>
    </message>
    <message>
        <source>give a follow-up date or clear it, not both</source>
        <translation>indique una fecha de seguimiento o bórrela, no ambas cosas</translation>
    </message>
    <message>
        <source>give a whole number of days from 1 to {limit}, or leave it empty</source>
        <translation>indique un número entero de días de 1 a {limit}, o déjelo vacío</translation>
    </message>
    <message>
        <source>give the engagement codes to export, or --all (not both)</source>
        <translation>indique los códigos de los proyectos que exportar, o --all (no ambos)</translation>
    </message>
    <message>
        <source>history events of stream {stream} have no stream head</source>
        <translation>los eventos del historial del flujo {stream} no tienen cabecera de flujo</translation>
    </message>
    <message>
        <source>history stream {stream} already exists in this database</source>
        <translation>el flujo del historial {stream} ya existe en esta base de datos</translation>
    </message>
    <message>
        <source>ideas</source>
        <translation>ideas</translation>
    </message>
    <message>
        <source>ideas from different engagements cannot share one spin-off</source>
        <translation>ideas de proyectos distintos no pueden compartir un mismo proyecto derivado</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>invoice date</source>
        <translation>fecha de factura</translation>
    </message>
    <message>
        <source>invoice reference</source>
        <translation>referencia de la factura</translation>
    </message>
    <message>
        <source>invoiced</source>
        <translation>facturado</translation>
    </message>
    <message>
        <source>is not a qualification field ({fields})</source>
        <translation>no es un campo de calificación ({fields})</translation>
    </message>
    <message>
        <source>is not a setting</source>
        <translation>no es un ajuste</translation>
    </message>
    <message>
        <source>is too large; the largest amount accepted is {limit}</source>
        <translation>es demasiado grande; el importe máximo aceptado es {limit}</translation>
    </message>
    <message>
        <source>is too long to be an amount</source>
        <translation>es demasiado largo para ser un importe</translation>
    </message>
    <message>
        <source>is too long: {length} characters, at most {limit} are allowed</source>
        <translation>es demasiado largo: {length} caracteres; se permiten como máximo {limit}</translation>
    </message>
    <message>
        <source>issue a sign-off</source>
        <translation>emitir un acta</translation>
    </message>
    <message>
        <source>its roadmap holds a value of the wrong kind (not text where text belongs), so it cannot be compared with baseline v1</source>
        <translation>su hoja de ruta contiene un valor de tipo incorrecto (no es texto donde corresponde texto), así que no puede compararse con la línea base v1</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>logotipo</translation>
    </message>
    <message>
        <source>mark as invoiced</source>
        <translation>marcar como facturado</translation>
    </message>
    <message>
        <source>mark as paid</source>
        <translation>marcar como pagado</translation>
    </message>
    <message>
        <source>may use only letters A-Z, digits and hyphens, not starting with a hyphen; for example {example}</source>
        <translation>solo puede usar letras A-Z, dígitos y guiones, sin empezar por guion; por ejemplo {example}</translation>
    </message>
    <message>
        <source>method</source>
        <translation>método</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>hito</translation>
    </message>
    <message>
        <source>milestone {position}</source>
        <translation>el hito {position}</translation>
    </message>
    <message>
        <source>milestone {position} &apos;{title}&apos; is {state}: the client has accepted its work, so its due date is history and its forecast no longer moves. Only a milestone not yet accepted (planned, in progress, submitted, changes requested) has a forecast to move</source>
        <translation>el hito {position} «{title}» está en estado «{state}»: el cliente aceptó su trabajo, así que su fecha de entrega ya es historia y su fecha estimada no se mueve. Solo un hito aún no aceptado (planificado, en curso, presentado, cambios solicitados) tiene una fecha estimada que mover</translation>
    </message>
    <message>
        <source>milestone {position} &apos;{title}&apos; is {state}; a sign-off is issued once the client has accepted it</source>
        <translation>el hito {position} «{title}» está en estado «{state}»; el acta se emite cuando el cliente lo ha aceptado</translation>
    </message>
    <message>
        <source>milestone {position} &apos;{title}&apos; is {state}; it can only move to: {next}. It cannot become {target}.</source>
        <translation>el hito {position} «{title}» está en estado «{state}»; solo puede pasar a: {next}. No puede pasar a «{target}».</translation>
    </message>
    <message>
        <source>milestone {position} &apos;{title}&apos; is {state}; only a submitted milestone can be reviewed. It can only move to: {next}.</source>
        <translation>el hito {position} «{title}» está en estado «{state}»; solo se puede revisar un hito presentado. Solo puede pasar a: {next}.</translation>
    </message>
    <message>
        <source>milestone {position} &apos;{title}&apos; needs {missing}</source>
        <translation>al hito {position} «{title}» le falta: {missing}</translation>
    </message>
    <message>
        <source>milestone {position} is not past a deemed-acceptance period</source>
        <translation>el plazo de aceptación tácita del hito {position} no ha vencido</translation>
    </message>
    <message>
        <source>milestone {position} of {code} is {state}; a sign-off exists only once a review round has accepted it</source>
        <translation>el hito {position} de {code} está en estado «{state}»; el acta solo existe cuando una revisión lo ha aceptado</translation>
    </message>
    <message>
        <source>move a forecast</source>
        <translation>mover una fecha estimada</translation>
    </message>
    <message>
        <source>must be a single line; remove the line break</source>
        <translation>debe ocupar una sola línea; quite el salto de línea</translation>
    </message>
    <message>
        <source>must contain exactly one &apos;@&apos;; for example {example}</source>
        <translation>debe contener exactamente una «@»; por ejemplo {example}</translation>
    </message>
    <message>
        <source>must not contain a tab (at position {position}); use spaces instead</source>
        <translation>no debe contener tabulaciones (en la posición {position}); use espacios</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>name at least one engagement code to export</source>
        <translation>indique al menos un código de proyecto para exportar</translation>
    </message>
    <message>
        <source>needs a domain such as example.com after the &apos;@&apos;; for example {example}</source>
        <translation>necesita un dominio como example.com después de la «@»; por ejemplo {example}</translation>
    </message>
    <message>
        <source>needs a name before the &apos;@&apos;; for example {example}</source>
        <translation>necesita un nombre antes de la «@»; por ejemplo {example}</translation>
    </message>
    <message>
        <source>needs at least 2 characters; for example {example}</source>
        <translation>necesita al menos 2 caracteres; por ejemplo {example}</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>not verified: {reason}. Nothing was recorded.</source>
        <translation>no verificado: {reason}. No se registró nada.</translation>
    </message>
    <message>
        <source>nothing (it is finished)</source>
        <translation>nada (está terminado)</translation>
    </message>
    <message>
        <source>objective {position}</source>
        <translation>objetivo {position}</translation>
    </message>
    <message>
        <source>objective {position} measure</source>
        <translation>medida del objetivo {position}</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>pagado</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>tamaño de papel</translation>
    </message>
    <message>
        <source>parked</source>
        <translation>aparcada</translation>
    </message>
    <message>
        <source>payment date</source>
        <translation>fecha de pago</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planificado</translation>
    </message>
    <message>
        <source>position</source>
        <translation>posición</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>prioridad</translation>
    </message>
    <message>
        <source>raised by</source>
        <translation>propuesta por</translation>
    </message>
    <message>
        <source>raised on</source>
        <translation>propuesta el</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <source>record a review</source>
        <translation>registrar una revisión</translation>
    </message>
    <message>
        <source>record a signed copy</source>
        <translation>registrar una copia firmada</translation>
    </message>
    <message>
        <source>remove milestone {position}</source>
        <translation>quitar el hito {position}</translation>
    </message>
    <message>
        <source>reorder milestones</source>
        <translation>reordenar los hitos</translation>
    </message>
    <message>
        <source>review date</source>
        <translation>fecha de la revisión</translation>
    </message>
    <message>
        <source>review round</source>
        <translation>revisión</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>revisor</translation>
    </message>
    <message>
        <source>roadmap</source>
        <translation>hoja de ruta</translation>
    </message>
    <message>
        <source>scientific notation such as &apos;1e3&apos; is not accepted; write all the digits, like {example}</source>
        <translation>no se acepta la notación científica como «1e3»; escriba todas las cifras, como {example}</translation>
    </message>
    <message>
        <source>select at least one idea to decline</source>
        <translation>seleccione al menos una idea para rechazar</translation>
    </message>
    <message>
        <source>select at least one idea to divert</source>
        <translation>seleccione al menos una idea para pasar a un proyecto derivado</translation>
    </message>
    <message>
        <source>select at least one idea to park</source>
        <translation>seleccione al menos una idea para aparcar</translation>
    </message>
    <message>
        <source>settings appear only in an archive of the whole database</source>
        <translation>los ajustes solo aparecen en un archivo de toda la base de datos</translation>
    </message>
    <message>
        <source>sign-off document {document} already exists in this database</source>
        <translation>el acta de aceptación {document} ya existe en esta base de datos</translation>
    </message>
    <message>
        <source>signature date</source>
        <translation>fecha de firma</translation>
    </message>
    <message>
        <source>signed copy</source>
        <translation>copia firmada</translation>
    </message>
    <message>
        <source>signed off</source>
        <translation>firmado</translation>
    </message>
    <message>
        <source>signer</source>
        <translation>firmante</translation>
    </message>
    <message>
        <source>someone else changed this record since you opened it; reload to see their change, then try again</source>
        <translation>otra persona modificó este registro después de que lo abriera; vuelva a cargar para ver su cambio y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>someone else was changing the same records at the same moment; nothing was saved. Reload to see their change, then try again</source>
        <translation>otra persona estaba modificando los mismos registros en ese momento; no se guardó nada. Vuelva a cargar para ver su cambio y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>source</source>
        <translation>origen</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>fecha de inicio</translation>
    </message>
    <message>
        <source>start work</source>
        <translation>iniciar el trabajo</translation>
    </message>
    <message>
        <source>submission date</source>
        <translation>fecha de presentación</translation>
    </message>
    <message>
        <source>submit for review</source>
        <translation>presentar a revisión</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>presentado</translation>
    </message>
    <message>
        <source>target end date</source>
        <translation>fecha de fin prevista</translation>
    </message>
    <message>
        <source>template</source>
        <translation>plantilla</translation>
    </message>
    <message>
        <source>that amount is too large</source>
        <translation>ese importe es demasiado grande</translation>
    </message>
    <message>
        <source>that engagement no longer exists</source>
        <translation>ese proyecto ya no existe</translation>
    </message>
    <message>
        <source>that idea no longer exists; reload the backlog</source>
        <translation>esa idea ya no existe; vuelva a cargar la lista de ideas</translation>
    </message>
    <message>
        <source>that milestone no longer exists; reload the engagement</source>
        <translation>ese hito ya no existe; vuelva a cargar el proyecto</translation>
    </message>
    <message>
        <source>that review round belongs to another engagement</source>
        <translation>esa revisión pertenece a otro proyecto</translation>
    </message>
    <message>
        <source>that sign-off no longer exists</source>
        <translation>esa acta ya no existe</translation>
    </message>
    <message>
        <source>the archive header</source>
        <translation>el encabezado del archivo</translation>
    </message>
    <message>
        <source>the archive scope {scope} is unknown</source>
        <translation>el alcance de archivo {scope} es desconocido</translation>
    </message>
    <message>
        <source>the archive version {version} is unknown</source>
        <translation>la versión de archivo {version} es desconocida</translation>
    </message>
    <message>
        <source>the archive was made by a newer Scopekeeper (archive version {version}); this one reads version {readable}. Install the newer version to import it</source>
        <translation>el archivo lo creó un Scopekeeper más reciente (versión de archivo {version}); este lee la versión {readable}. Instale la versión más reciente para importarlo</translation>
    </message>
    <message>
        <source>the archive was refused: {problems} (and {more} more). Nothing was imported</source>
        <translation>se rechazó el archivo: {problems} (y {more} más). No se importó nada</translation>
    </message>
    <message>
        <source>the archive was refused: {problems}. Nothing was imported</source>
        <translation>se rechazó el archivo: {problems}. No se importó nada</translation>
    </message>
    <message>
        <source>the archive was refused: {reason}. Nothing was imported</source>
        <translation>se rechazó el archivo: {reason}. No se importó nada</translation>
    </message>
    <message>
        <source>the backup cannot overwrite the database it copies</source>
        <translation>la copia de seguridad no puede sobrescribir la base de datos que copia</translation>
    </message>
    <message>
        <source>the connection to the database server was lost (the server stopped or restarted, or the network went away); nothing was saved. Try again once the server is back</source>
        <translation>se perdió la conexión con el servidor de base de datos (el servidor se detuvo o reinició, o la red dejó de estar disponible); no se guardó nada. Vuelva a intentarlo cuando el servidor vuelva a estar disponible</translation>
    </message>
    <message>
        <source>the connection to the database server was lost while saving; the change may or may not have been saved. Reload to check before trying again</source>
        <translation>se perdió la conexión con el servidor de base de datos mientras se guardaba; puede que el cambio se haya guardado o no. Vuelva a cargar para comprobarlo antes de intentarlo de nuevo</translation>
    </message>
    <message>
        <source>the database could not complete the command ({problem}); nothing was saved</source>
        <translation>la base de datos no pudo completar la orden ({problem}); no se guardó nada</translation>
    </message>
    <message>
        <source>the database file cannot be opened (was it moved, or its folder made inaccessible?); nothing was saved</source>
        <translation>no se puede abrir el archivo de la base de datos (¿se movió, o su carpeta dejó de ser accesible?); no se guardó nada</translation>
    </message>
    <message>
        <source>the database file cannot be written (it, its folder or its disk is read-only); nothing was saved</source>
        <translation>no se puede escribir el archivo de la base de datos (él, su carpeta o su disco son de solo lectura); no se guardó nada</translation>
    </message>
    <message>
        <source>the database file is damaged or is not a database; nothing was saved</source>
        <translation>el archivo de la base de datos está dañado o no es una base de datos; no se guardó nada</translation>
    </message>
    <message>
        <source>the database file is damaged; nothing was saved. Restore it from a backup (Scopekeeper keeps one before every upgrade)</source>
        <translation>el archivo de la base de datos está dañado; no se guardó nada. Restáurelo desde una copia de seguridad (Scopekeeper guarda una antes de cada actualización)</translation>
    </message>
    <message>
        <source>the database is busy: another program has been writing to it for more than 10 seconds (another Scopekeeper, a backup or a synchronisation tool?); nothing was saved. Try again once it has finished</source>
        <translation>la base de datos está ocupada: otro programa lleva más de 10 segundos escribiendo en ella (¿otro Scopekeeper, una copia de seguridad o una herramienta de sincronización?); no se guardó nada. Vuelva a intentarlo cuando termine</translation>
    </message>
    <message>
        <source>the database refused the archive ({reason}). Nothing was imported</source>
        <translation>la base de datos rechazó el archivo ({reason}). No se importó nada</translation>
    </message>
    <message>
        <source>the database refused the change as inconsistent ({problem}); nothing was saved</source>
        <translation>la base de datos rechazó el cambio por incoherente ({problem}); no se guardó nada</translation>
    </message>
    <message>
        <source>the database server accepts no changes (it is a read-only copy); nothing was saved</source>
        <translation>el servidor de base de datos no acepta cambios (es una copia de solo lectura); no se guardó nada</translation>
    </message>
    <message>
        <source>the database server accepts no more connections just now; nothing was saved. Try again in a moment</source>
        <translation>el servidor de base de datos no acepta más conexiones en este momento; no se guardó nada. Vuelva a intentarlo en un momento</translation>
    </message>
    <message>
        <source>the database server cancelled the command (it took too long); nothing was saved</source>
        <translation>el servidor de base de datos canceló la orden (tardaba demasiado); no se guardó nada</translation>
    </message>
    <message>
        <source>the database server cannot be reached ({problem}); nothing was saved. Try again once it is back</source>
        <translation>no se puede contactar con el servidor de base de datos ({problem}); no se guardó nada. Vuelva a intentarlo cuando vuelva a estar disponible</translation>
    </message>
    <message>
        <source>the database server does not allow this for your account ({problem}); nothing was saved</source>
        <translation>el servidor de base de datos no lo permite a su cuenta ({problem}); no se guardó nada</translation>
    </message>
    <message>
        <source>the database server ran out of memory; nothing was saved. Try again in a moment</source>
        <translation>el servidor de base de datos se quedó sin memoria; no se guardó nada. Vuelva a intentarlo en un momento</translation>
    </message>
    <message>
        <source>the database server&apos;s disk is full; nothing was saved. Ask the server&apos;s administrator to free some space</source>
        <translation>el disco del servidor de base de datos está lleno; no se guardó nada. Pida al administrador del servidor que libere espacio</translation>
    </message>
    <message>
        <source>the disk holding &apos;{folder}&apos; is full; free some space and try again</source>
        <translation>el disco que contiene «{folder}» está lleno; libere espacio y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>the disk holding the database is full; nothing was saved. Free some space, then try again</source>
        <translation>el disco que contiene la base de datos está lleno; no se guardó nada. Libere espacio y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>the disk holding the database reported an error while reading or writing; nothing was saved. Check the disk, then try again</source>
        <translation>el disco que contiene la base de datos informó de un error de lectura o escritura; no se guardó nada. Revise el disco y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>the file contains {name}, which no archive holds</source>
        <translation>el archivo contiene {name}, algo que ningún archivo de Scopekeeper contiene</translation>
    </message>
    <message>
        <source>the file holds a number far too long for any field of an archive (line {line}, column {column}); it was damaged or written by another program</source>
        <translation>el archivo contiene un número demasiado largo para cualquier campo de un archivo de Scopekeeper (línea {line}, columna {column}); está dañado o lo escribió otro programa</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte {byte}); it is not an archive</source>
        <translation>el archivo no es texto UTF-8 (byte {byte}); no es un archivo de Scopekeeper</translation>
    </message>
    <message>
        <source>the file is not a Scopekeeper archive (its format is not &apos;{format}&apos;)</source>
        <translation>el archivo no es un archivo de Scopekeeper (su formato no es «{format}»)</translation>
    </message>
    <message>
        <source>the file is not a Scopekeeper archive (no archive header)</source>
        <translation>el archivo no es un archivo de Scopekeeper (no tiene encabezado de archivo)</translation>
    </message>
    <message>
        <source>the file is not valid JSON (line {line}, column {column}: {problem}); it may be truncated or damaged</source>
        <translation>el archivo no es JSON válido (línea {line}, columna {column}: {problem}); puede estar truncado o dañado</translation>
    </message>
    <message>
        <source>the file name &apos;{name}&apos; contains characters that are not allowed: {shown}</source>
        <translation>el nombre de archivo «{name}» contiene caracteres no permitidos: {shown}</translation>
    </message>
    <message>
        <source>the file name &apos;{name}…&apos; is too long; shorten it</source>
        <translation>el nombre de archivo «{name}…» es demasiado largo; acórtelo</translation>
    </message>
    <message>
        <source>the file nests JSON too deeply to be an archive</source>
        <translation>el archivo anida JSON a demasiada profundidad para ser un archivo de Scopekeeper</translation>
    </message>
    <message>
        <source>the folder &apos;{folder}&apos; does not exist (any more); choose another place</source>
        <translation>la carpeta «{folder}» no existe (o ya no existe); elija otra ubicación</translation>
    </message>
    <message>
        <source>the folder &apos;{folder}&apos; does not exist; choose another place</source>
        <translation>la carpeta «{folder}» no existe; elija otra ubicación</translation>
    </message>
    <message>
        <source>the history of client &apos;{name}&apos;</source>
        <translation>el historial del cliente «{name}»</translation>
    </message>
    <message>
        <source>the history of template &apos;{name}&apos;</source>
        <translation>el historial de la plantilla de revisión «{name}»</translation>
    </message>
    <message>
        <source>the history of {code}</source>
        <translation>el historial de {code}</translation>
    </message>
    <message>
        <source>the idea</source>
        <translation>la idea</translation>
    </message>
    <message>
        <source>the idea “{label}”</source>
        <translation>la idea «{label}»</translation>
    </message>
    <message>
        <source>the key &apos;{key}&apos; appears twice in one object</source>
        <translation>la clave «{key}» aparece dos veces en un mismo objeto</translation>
    </message>
    <message>
        <source>the logo could not be read</source>
        <translation>no se pudo leer el logotipo</translation>
    </message>
    <message>
        <source>the logo is larger than 2 MB; use a smaller image</source>
        <translation>el logotipo ocupa más de 2 MB; use una imagen más pequeña</translation>
    </message>
    <message>
        <source>the logo must be a PNG image</source>
        <translation>el logotipo debe ser una imagen PNG</translation>
    </message>
    <message>
        <source>the method must be digital, scan or typed</source>
        <translation>el método debe ser digital, scan o typed</translation>
    </message>
    <message>
        <source>the name &apos;{path}&apos; is too long; shorten the file or folder name</source>
        <translation>el nombre «{path}» es demasiado largo; acorte el nombre del archivo o de la carpeta</translation>
    </message>
    <message>
        <source>the records are being changed by someone else just now; nothing was saved. Try again in a moment</source>
        <translation>otra persona está modificando estos registros en este momento; no se guardó nada. Vuelva a intentarlo en un momento</translation>
    </message>
    <message>
        <source>the review ({review}) cannot be before the submission ({submission})</source>
        <translation>la revisión ({review}) no puede ser anterior a la presentación ({submission})</translation>
    </message>
    <message>
        <source>the reviewer must be a contact of the client</source>
        <translation>el revisor debe ser un contacto del cliente</translation>
    </message>
    <message>
        <source>the sample data is already in this database ({found}); open a new database to load it again</source>
        <translation>los datos de ejemplo ya están en esta base de datos ({found}); abra una base de datos nueva para volver a cargarlos</translation>
    </message>
    <message>
        <source>the setting &apos;{key}&apos; already has another value here</source>
        <translation>el ajuste «{key}» ya tiene otro valor aquí</translation>
    </message>
    <message>
        <source>the sign-off cannot be signed on {signed}, before the review that accepted it ({accepted})</source>
        <translation>el acta no puede firmarse el {signed}, antes de la revisión que lo aceptó ({accepted})</translation>
    </message>
    <message>
        <source>the target end ({end}) is before the start ({start})</source>
        <translation>el fin previsto ({end}) es anterior al inicio ({start})</translation>
    </message>
    <message>
        <source>the verdict must be met, not met or waived</source>
        <translation>el veredicto debe ser cumplido, no cumplido o dispensado</translation>
    </message>
    <message>
        <source>there is no client &apos;{key}&apos;</source>
        <translation>no existe ningún cliente «{key}»</translation>
    </message>
    <message>
        <source>there is no engagement &apos;{key}&apos;</source>
        <translation>no existe ningún proyecto «{key}»</translation>
    </message>
    <message>
        <source>there is no engagement {codes}</source>
        <translation>no existe ningún proyecto {codes}</translation>
    </message>
    <message>
        <source>there is no review template &apos;{key}&apos;</source>
        <translation>no existe ninguna plantilla de revisión «{key}»</translation>
    </message>
    <message>
        <source>this amount is in {currency}, not {other}; enter it like {example}</source>
        <translation>este importe está en {currency}, no en {other}; escríbalo como {example}</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>verdicts</source>
        <translation>veredictos</translation>
    </message>
    <message>
        <source>{code} amounts have at most {places} decimal places, but &apos;{text}&apos; has {digits} after the decimal separator &apos;{separator}&apos;</source>
        <translation>los importes en {code} tienen como máximo {places} decimales, pero «{text}» tiene {digits} tras el separador decimal «{separator}»</translation>
    </message>
    <message>
        <source>{code} amounts have no decimal places, but &apos;{text}&apos; has {digits} after the decimal separator &apos;{separator}&apos;</source>
        <translation>los importes en {code} no tienen decimales, pero «{text}» tiene {digits} tras el separador decimal «{separator}»</translation>
    </message>
    <message>
        <source>{code} cannot be activated yet: {problems}</source>
        <translation>{code} todavía no se puede activar: {problems}</translation>
    </message>
    <message>
        <source>{code} cannot be closed: milestones not yet accepted: {milestones}</source>
        <translation>{code} no se puede cerrar: hitos aún no aceptados: {milestones}</translation>
    </message>
    <message>
        <source>{code} cannot be deleted: ideas were captured in it or diverted into it, and they stay on record. Cancel the draft instead</source>
        <translation>{code} no se puede eliminar: se registraron ideas en él o se pasaron a él, y siguen constando. Cancele el borrador en su lugar</translation>
    </message>
    <message>
        <source>{code} cannot be deleted: {spinoff} was spun off from it. Cancel the draft instead</source>
        <translation>{code} no se puede eliminar: {spinoff} se derivó de él. Cancele el borrador en su lugar</translation>
    </message>
    <message>
        <source>{code} has no milestone {position} (it has {count})</source>
        <translation>{code} no tiene hito {position} (tiene {count})</translation>
    </message>
    <message>
        <source>{code} is cancelled; capture the idea elsewhere</source>
        <translation>{code} está cancelado; registre la idea en otro proyecto</translation>
    </message>
    <message>
        <source>{code} is {status}; only a draft can be activated</source>
        <translation>{code} está en estado «{status}»; solo se puede activar un borrador</translation>
    </message>
    <message>
        <source>{code} is {status}; only a draft can be deleted. An engagement that has started is cancelled, never deleted, so its history stays whole</source>
        <translation>{code} está en estado «{status}»; solo se puede eliminar un borrador. Un proyecto ya iniciado se cancela, nunca se elimina, para que su historial quede completo</translation>
    </message>
    <message>
        <source>{code} is {status}; only a draft or active engagement can be cancelled</source>
        <translation>{code} está en estado «{status}»; solo se puede cancelar un proyecto en borrador o activo</translation>
    </message>
    <message>
        <source>{code} is {status}; only an active one can be closed</source>
        <translation>{code} está en estado «{status}»; solo se puede cerrar un proyecto activo</translation>
    </message>
    <message>
        <source>{code} milestone {position}</source>
        <translation>{code} hito {position}</translation>
    </message>
    <message>
        <source>{code} milestone {position}, review round {number}</source>
        <translation>{code} hito {position}, revisión {number}</translation>
    </message>
    <message>
        <source>{code} milestone {position}, sign-off {document}</source>
        <translation>{code} hito {position}, acta {document}</translation>
    </message>
    <message>
        <source>{code}: the idea &apos;{idea}&apos;</source>
        <translation>{code}: la idea «{idea}»</translation>
    </message>
    <message>
        <source>{code}: the position of the milestone &apos;{title}&apos; is not a whole number: {value}</source>
        <translation>{code}: la posición del hito «{title}» no es un número entero: {value}</translation>
    </message>
    <message>
        <source>{code}: the status {value} is not one the application knows</source>
        <translation>{code}: el estado {value} no es uno que la aplicación conozca</translation>
    </message>
    <message>
        <source>{code}: {detail}</source>
        <translation>{code}: {detail}</translation>
    </message>
    <message>
        <source>{database} holds tables that are not Scopekeeper&apos;s; it was left untouched</source>
        <translation>{database} contiene tablas que no son de Scopekeeper; no se ha modificado nada</translation>
    </message>
    <message>
        <source>{database} was written by a newer version of Scopekeeper (schema {revision}); install the newer version to open it. The file was left untouched.</source>
        <translation>{database} procede de una versión más reciente de Scopekeeper (esquema {revision}); instale esa versión para abrirlo. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>{day} is outside the dates Scopekeeper accepts ({range})</source>
        <translation>{day} está fuera de las fechas que acepta Scopekeeper ({range})</translation>
    </message>
    <message>
        <source>{earliest} to {latest}</source>
        <translation>del {earliest} al {latest}</translation>
    </message>
    <message>
        <source>{field}: {detail}</source>
        <translation>{field}: {detail}</translation>
    </message>
    <message>
        <source>{name} cannot be removed: {reason}</source>
        <translation>no se puede quitar a {name}: {reason}</translation>
    </message>
    <message>
        <source>{name} has no such contact any more; reload the client</source>
        <translation>{name} ya no tiene ese contacto; vuelva a cargar el cliente</translation>
    </message>
    <message>
        <source>{name} is the client&apos;s signatory on sign-off {document}; the contact stays while a sign-off names them</source>
        <translation>{name} es el firmante del cliente en el acta {document}; el contacto se conserva mientras un acta lo nombre</translation>
    </message>
    <message>
        <source>{name} is the reviewer of round {number} of {code} milestone {position}; the review record must keep naming them</source>
        <translation>{name} es quien revisó la revisión n.º {number} del hito {position} de {code}; el registro de la revisión debe seguir nombrándolo</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} no existe</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file</source>
        <translation>{path} es una carpeta, no un archivo de base de datos</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation>{path} es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name for the backup</source>
        <translation>{path} es una carpeta; indique un nombre de archivo para la copia de seguridad</translation>
    </message>
    <message>
        <source>{path} is an SQLite file of another application, not a Scopekeeper database; it was left untouched</source>
        <translation>{path} es un archivo SQLite de otra aplicación, no una base de datos de Scopekeeper; no se ha modificado</translation>
    </message>
    <message>
        <source>{path} is an empty file, not a Scopekeeper database; it was left untouched</source>
        <translation>{path} es un archivo vacío, no una base de datos de Scopekeeper; no se ha modificado</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}); restore it from a backup. It was left untouched</source>
        <translation>{path} está dañado ({problem}); restáurelo desde una copia de seguridad. No se ha modificado</translation>
    </message>
    <message>
        <source>{path} is not a Scopekeeper database (not an SQLite file); it was left untouched</source>
        <translation>{path} no es una base de datos de Scopekeeper (no es un archivo SQLite); no se ha modificado</translation>
    </message>
    <message>
        <source>{path} is too large ({size} bytes; at most {limit})</source>
        <translation>{path} es demasiado grande ({size} bytes; como máximo {limit})</translation>
    </message>
    <message>
        <source>{path} is truncated ({size} bytes, the header promises {expected}); restore it from a backup. It was left untouched</source>
        <translation>{path} está truncado ({size} bytes; el encabezado anuncia {expected}); restáurelo desde una copia de seguridad. No se ha modificado</translation>
    </message>
    <message>
        <source>{path} is truncated; it was left untouched</source>
        <translation>{path} está truncado; no se ha modificado</translation>
    </message>
    <message>
        <source>{path} needs an upgrade, and the backup made first could not be written to {folder} ({reason}); the database was left untouched. Free some space there, or make its folder writable, then open it again</source>
        <translation>{path} necesita una actualización, pero la copia de seguridad previa no se pudo escribir en {folder} ({reason}); la base de datos no se ha modificado. Libere espacio allí o permita escribir en esa carpeta, y vuelva a abrirla</translation>
    </message>
    <message>
        <source>{place} does not match its SHA-256 ({digest})</source>
        <translation>{place} no coincide con su huella SHA-256 ({digest})</translation>
    </message>
    <message>
        <source>{place} has unknown field(s) {fields}</source>
        <translation>{place} tiene campos desconocidos: {fields}</translation>
    </message>
    <message>
        <source>{place} holds a NUL character (U+0000), which is not text; the file was damaged or written by another program</source>
        <translation>{place} contiene un carácter NUL (U+0000), que no es texto; el archivo está dañado o lo escribió otro programa</translation>
    </message>
    <message>
        <source>{place} holds a character that is not text (an unpaired surrogate, U+{code}); the file was damaged or written by another program</source>
        <translation>{place} contiene un carácter que no es texto (un sustituto UTF-16 sin pareja, U+{code}); el archivo está dañado o lo escribió otro programa</translation>
    </message>
    <message>
        <source>{place} is a built-in template, which is never archived</source>
        <translation>{place} es una plantilla de revisión integrada, que nunca se archiva</translation>
    </message>
    <message>
        <source>{place} is a whole number too large for any field of an archive ({digits} digits); the file was damaged or written by another program</source>
        <translation>{place} es un número entero demasiado grande para cualquier campo de un archivo de Scopekeeper ({digits} dígitos); el archivo está dañado o lo escribió otro programa</translation>
    </message>
    <message>
        <source>{place} is missing a value (null is not allowed)</source>
        <translation>falta un valor en {place} (no se admite null)</translation>
    </message>
    <message>
        <source>{place} is not valid base64</source>
        <translation>{place} no es base64 válido</translation>
    </message>
    <message>
        <source>{place} lacks {fields}</source>
        <translation>{place} no incluye {fields}</translation>
    </message>
    <message>
        <source>{place} must be a list</source>
        <translation>{place} debe ser una lista</translation>
    </message>
    <message>
        <source>{place} must be a string</source>
        <translation>{place} debe ser una cadena de texto</translation>
    </message>
    <message>
        <source>{place} must be a whole number</source>
        <translation>{place} debe ser un número entero</translation>
    </message>
    <message>
        <source>{place} must be an object</source>
        <translation>{place} debe ser un objeto</translation>
    </message>
    <message>
        <source>{place} must be true or false</source>
        <translation>{place} debe ser true o false</translation>
    </message>
    <message>
        <source>{place} refers to {table} {value}, which is neither in the archive nor in this database (import its parent engagement first)</source>
        <translation>{place} hace referencia a {table} {value}, que no está ni en el archivo ni en esta base de datos (importe primero su proyecto de origen)</translation>
    </message>
    <message>
        <source>{place} refers to {table} {value}, which is not in the archive</source>
        <translation>{place} hace referencia a {table} {value}, que no está en el archivo</translation>
    </message>
    <message>
        <source>{place} repeats id={id}, which must be unique</source>
        <translation>{place} repite id={id}, que solo puede aparecer una vez</translation>
    </message>
    <message>
        <source>{place} repeats {values}, which must be unique</source>
        <translation>{place} repite {values}, que solo puede aparecer una vez</translation>
    </message>
    <message>
        <source>{place}: &apos;{value}&apos; is not a UTC timestamp in the form YYYY-MM-DDTHH:MM:SSZ</source>
        <translation>{place}: «{value}» no es una marca de tiempo UTC con el formato AAAA-MM-DDTHH:MM:SSZ</translation>
    </message>
    <message>
        <source>{place}: &apos;{value}&apos; is not a date in the form YYYY-MM-DD</source>
        <translation>{place}: «{value}» no es una fecha con el formato AAAA-MM-DD</translation>
    </message>
    <message>
        <source>{place}: &apos;{value}&apos; is not one of {allowed}</source>
        <translation>{place}: «{value}» no es ninguno de los valores admitidos ({allowed})</translation>
    </message>
    <message>
        <source>{place}: an amount cannot be negative (&apos;{value}&apos;)</source>
        <translation>{place}: un importe no puede ser negativo («{value}»)</translation>
    </message>
    <message>
        <source>{place}: the snapshot does not match its fingerprint</source>
        <translation>{place}: la instantánea no coincide con su huella</translation>
    </message>
    <message>
        <source>{place}: the stream &apos;{stream}&apos; is not archived</source>
        <translation>{place}: el flujo del historial «{stream}» no se archiva</translation>
    </message>
    <message>
        <source>{place}: {stream} belongs to no {table} of the archive</source>
        <translation>{place}: {stream} no pertenece a ningún registro {table} del archivo</translation>
    </message>
    <message>
        <source>{position} ({state})</source>
        <translation>{position} ({state})</translation>
    </message>
    <message>
        <source>{problems}; and {more} more</source>
        <translation>{problems}; y {more} más</translation>
    </message>
    <message>
        <source>{problem} (remove the extra zeros)</source>
        <translation>{problem} (quite los ceros sobrantes)</translation>
    </message>
    <message>
        <source>{reason}, so none of the {count} ideas was declined</source>
        <translation>{reason}, así que no se rechazó ninguna de las {count} ideas</translation>
    </message>
    <message>
        <source>{reason}, so none of the {count} ideas was parked</source>
        <translation>{reason}, así que no se aparcó ninguna de las {count} ideas</translation>
    </message>
    <message>
        <source>{reason}. Nothing was imported</source>
        <translation>{reason}. No se importó nada</translation>
    </message>
    <message>
        <source>{stream}: the stream head does not match its last event</source>
        <translation>{stream}: la cabecera del flujo no coincide con su último evento</translation>
    </message>
    <message>
        <source>{stream}: {reason}</source>
        <translation>{stream}: {reason}</translation>
    </message>
    <message>
        <source>{table} {id} already exists in this database</source>
        <translation>el registro {table} {id} ya existe en esta base de datos</translation>
    </message>
    <message>
        <source>{what} is already {state}; only a captured idea can be declined</source>
        <translation>{what} ya está en estado «{state}»; solo se puede rechazar una idea registrada</translation>
    </message>
    <message>
        <source>{what} is already {state}; only a captured idea can be parked</source>
        <translation>{what} ya está en estado «{state}»; solo se puede aparcar una idea registrada</translation>
    </message>
    <message>
        <source>{what} is {state}; only a captured idea can be edited</source>
        <translation>{what} está en estado «{state}»; solo se puede editar una idea registrada</translation>
    </message>
    <message>
        <source>{what} was changed by someone else since you opened it; reload to see their change, then try again</source>
        <translation>otra persona modificó {what} después de que lo abriera; vuelva a cargar para ver su cambio y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>{where}: the amount {value} is not a whole number of cents</source>
        <translation>{where}: el importe {value} no es un número entero de céntimos</translation>
    </message>
    <message>
        <source>{where}: the number of a review round is not a whole number: {value}</source>
        <translation>{where}: el número de una revisión no es un número entero: {value}</translation>
    </message>
    <message>
        <source>{where}: the state {value} is not one the application knows</source>
        <translation>{where}: el estado {value} no es uno que la aplicación conozca</translation>
    </message>
    <message>
        <source>{where}: the {what} {value} is not a date written YYYY-MM-DD</source>
        <translation>{where}: la {what} {value} no es una fecha escrita AAAA-MM-DD</translation>
    </message>
    <message numerus="yes">
        <source>the archive was refused: its records break %n rule(s) that &apos;scopekeeper check&apos; enforces: {problems}. Nothing was imported</source>
        <translation>
            <numerusform>se rechazó el archivo: sus registros incumplen %n regla que «scopekeeper check» exige: {problems}. No se importó nada</numerusform>
            <numerusform>se rechazó el archivo: sus registros incumplen %n reglas que «scopekeeper check» exige: {problems}. No se importó nada</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the schema upgrade would leave %n broken references; it was rolled back and the database is unchanged</source>
        <translation>
            <numerusform>la actualización del esquema dejaría %n referencia rota; se revirtió y la base de datos no ha cambiado</numerusform>
            <numerusform>la actualización del esquema dejaría %n referencias rotas; se revirtió y la base de datos no ha cambiado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{place} is longer than %n characters</source>
        <translation>
            <numerusform>{place} supera %n carácter</numerusform>
            <numerusform>{place} supera %n caracteres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Undone: {0}</source>
        <translation>Deshecho: {0}</translation>
    </message>
    <message>
        <source>Add milestone &apos;{0}&apos;</source>
        <translation>Añadir el hito «{0}»</translation>
    </message>
    <message>
        <source>Remove milestone &apos;{0}&apos;</source>
        <translation>Eliminar el hito «{0}»</translation>
    </message>
    <message>
        <source>Move milestone to position {0}</source>
        <translation>Mover el hito a la posición {0}</translation>
    </message>
    <message>
        <source>Edit milestone &apos;{0}&apos;</source>
        <translation>Editar el hito «{0}»</translation>
    </message>
    <message>
        <source>Apply template &apos;{0}&apos;</source>
        <translation>Aplicar la plantilla «{0}»</translation>
    </message>
    <message>
        <source>Edit engagement terms</source>
        <translation>Editar las condiciones del proyecto</translation>
    </message>
    <message>
        <source>Capture idea</source>
        <translation>Registrar idea</translation>
    </message>
    <message>
        <source>Edit idea &apos;{0}&apos;</source>
        <translation>Editar la idea «{0}»</translation>
    </message>
    <message>
        <source>Move forecast of &apos;{0}&apos;</source>
        <translation>Mover la fecha estimada de «{0}»</translation>
    </message>
    <message>
        <source>Change preferences</source>
        <translation>Cambiar las preferencias</translation>
    </message>
    <message>
        <source>Create draft {0}</source>
        <translation>Crear el borrador {0}</translation>
    </message>
    <message>
        <source>Delete draft {0}</source>
        <translation>Eliminar el borrador {0}</translation>
    </message>
</context>
</TS>
