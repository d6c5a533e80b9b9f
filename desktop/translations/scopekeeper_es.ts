<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ActivateDialog</name>
    <message>
        <source>Activate {0}</source>
        <translation>Activar {0}</translation>
    </message>
    <message>
        <source>Activating {0} locks its scope. These {1} milestones, worth {2} in total, can then no longer be added, removed, reordered or changed: amounts, deliverables, acceptance criteria, baseline dates and the objectives are recorded in baseline v1 with a fingerprint.

Afterwards only forecast dates move (with a reason). New client ideas go to the ideas backlog and can become spin-off engagements.</source>
        <translation>Al activar {0} se bloquea su alcance. Estos {1} hitos, por un importe total de {2}, ya no podrán añadirse, eliminarse, reordenarse ni modificarse: importes, entregables, criterios de aceptación, fechas de la línea base y objetivos quedan registrados en la línea base v1 con una huella.

A partir de entonces solo cambian las fechas estimadas (con un motivo). Las nuevas ideas del cliente van al backlog de ideas y pueden convertirse en proyectos derivados.</translation>
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
    <message>
        <source>{0} of {1} reviewed milestones accepted first time ({2} %)</source>
        <translation>{0} de {1} hitos revisados aceptados a la primera ({2} %)</translation>
    </message>
    <message>
        <source>no milestone reviewed yet</source>
        <translation>todavía no se ha revisado ningún hito</translation>
    </message>
    <message>
        <source>{0:.1f} days from submission to decision</source>
        <translation>{0:.1f} días desde la presentación hasta la decisión</translation>
    </message>
    <message>
        <source>no client decision yet</source>
        <translation>todavía no hay decisiones del cliente</translation>
    </message>
    <message>
        <source>{0} captured · {1} diverted · {2} parked · {3} declined</source>
        <translation>{0} registradas · {1} derivadas · {2} aparcadas · {3} rechazadas</translation>
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
        <source>Mark invoiced</source>
        <translation>Marcar como facturado</translation>
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
        <source>Template “{0}” applied to milestone {1}.</source>
        <translation>Plantilla «{0}» aplicada al hito {1}.</translation>
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
    <message>
        <source>Forecast of milestone {0} moved to {1}.</source>
        <translation>Fecha estimada del hito {0} movida al {1}.</translation>
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
    <message>
        <source>Total of {0} milestones: {1}</source>
        <translation>Total de {0} hitos: {1}</translation>
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
    <message>
        <source>Imported {0} engagement(s) and {1} history event(s) from {2}</source>
        <translation>Se importaron {0} proyecto(s) y {1} evento(s) del historial desde {2}</translation>
    </message>
    <message>
        <source>Importing {0}</source>
        <translation>Importando {0}</translation>
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
        <source>{0} of {1} events shown</source>
        <translation>{0} de {1} eventos mostrados</translation>
    </message>
    <message>
        <source>Event {0} · {1} · {2} {3}

Before:
{4}

After:
{5}

Hash: {6}</source>
        <translation>Evento {0} · {1} · {2} {3}

Antes:
{4}

Después:
{5}

Hash: {6}</translation>
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
        <source>About Scopekeeper</source>
        <translation>Acerca de Scopekeeper</translation>
    </message>
    <message>
        <source>Scopekeeper: locked-scope engagements, milestone sign-offs and spin-offs.
Database: {0}</source>
        <translation>Scopekeeper: proyectos con alcance bloqueado, actas de aceptación de hitos y proyectos derivados.
Base de datos: {0}</translation>
    </message>
    <message>
        <source>Open or create a database</source>
        <translation>Abrir o crear una base de datos</translation>
    </message>
    <message>
        <source>Scopekeeper database (*.sqlite3 *.db);;All files (*)</source>
        <translation>Base de datos de Scopekeeper (*.sqlite3 *.db);;Todos los archivos (*)</translation>
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
        <source>Scope locked: these fields are part of the baseline. Capture an idea to propose a change.</source>
        <translation>Alcance bloqueado: estos campos forman parte de la línea base. Registre una idea para proponer un cambio.</translation>
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
    <message>
        <source> · confirm deemed</source>
        <translation> · confirmar aceptación tácita</translation>
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
        <source>As printed on the copy, e.g. {0}</source>
        <translation>Tal como aparece impresa en la copia, p. ej. {0}</translation>
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
    <message>
        <source>{0} milestones from {1} to {2}; {3} forecast later than baseline</source>
        <translation>{0} hitos del {1} al {2}; {3} con fecha estimada posterior a la línea base</translation>
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
    <message>
        <source>Open or create a database</source>
        <translation>Abrir o crear una base de datos</translation>
    </message>
    <message>
        <source>Scopekeeper database (*.sqlite3 *.db);;All files (*)</source>
        <translation>Base de datos de Scopekeeper (*.sqlite3 *.db);;Todos los archivos (*)</translation>
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
        <source>Edit engagement terms</source>
        <translation>Editar las condiciones del proyecto</translation>
    </message>
    <message>
        <source>Capture idea</source>
        <translation>Registrar idea</translation>
    </message>
</context>
</TS>
