"""The built-in review templates in the other document languages.

A built-in template is stored once, in English. Applying it to a milestone copies its criteria
and checklist in the engagement's document language, because those texts end up on the sign-off
the client signs. Each translation lists the criteria and checklist items in the same order as
the English original in ``core.templates.BUILTINS`` (a test keeps the shapes equal)."""

from __future__ import annotations

from typing import Final

# language -> template name -> ([(criterion, target)], [checklist item])
Translation = tuple[list[tuple[str, str]], list[str]]

TRANSLATIONS: Final[dict[str, dict[str, Translation]]] = {
    "fr": {
        "Creative deliverable": (
            [
                ("Conforme au brief validé et au message clé", ""),
                ("Respecte la charte graphique (logo, couleurs, typographie)", ""),
                ("Tous les formats et dimensions convenus sont livrés", ""),
                ("Les textes sont relus et validés par le client", ""),
            ],
            ["Fichiers sources remis", "Droits d'utilisation et licences répertoriés"],
        ),
        "Software release": (
            [
                ("Chaque récit utilisateur convenu peut être démontré", ""),
                ("Les tests automatisés passent sur la version livrée", "100 % de la suite"),
                ("Aucune anomalie ouverte de gravité haute ou critique", "0"),
                ("Déployé dans l'environnement convenu", ""),
                ("Notes de version et instructions d'exploitation livrées", ""),
            ],
            ["Démonstration faite au client", "Identifiants d'accès remis de façon sûre"],
        ),
        "Campaign launch": (
            [
                ("La campagne est en ligne sur chaque canal convenu", ""),
                ("Suivi et mesure d'audience vérifiés de bout en bout", ""),
                ("Le rythme de dépense respecte le plan", "±10 %"),
                ("Rapport de lancement livré", ""),
            ],
            ["Créations validées avant le lancement", "Ciblage de l'audience revu"],
        ),
        "Document / report": (
            [
                ("Couvre chaque partie du plan convenu", ""),
                ("Les sources et les données sont citées", ""),
                ("Les recommandations sont précises et applicables", ""),
                ("Livré dans le format et la langue convenus", ""),
            ],
            ["Synthèse relue par le commanditaire"],
        ),
    },
    "es": {
        "Creative deliverable": (
            [
                ("Se ajusta al brief aprobado y al mensaje clave", ""),
                ("Respeta el manual de marca (logotipo, colores, tipografía)", ""),
                ("Se entregan todos los formatos y tamaños acordados", ""),
                ("Los textos están revisados y aprobados por el cliente", ""),
            ],
            ["Archivos fuente entregados", "Derechos de uso y licencias detallados"],
        ),
        "Software release": (
            [
                ("Cada historia de usuario acordada se puede demostrar", ""),
                ("Las pruebas automatizadas pasan en la versión entregada", "100 % de la batería"),
                ("Ninguna incidencia abierta de gravedad alta o crítica", "0"),
                ("Desplegado en el entorno acordado", ""),
                ("Notas de la versión e instrucciones de operación entregadas", ""),
            ],
            [
                "Demostración realizada al cliente",
                "Credenciales de acceso entregadas de forma segura",
            ],
        ),
        "Campaign launch": (
            [
                ("La campaña está activa en todos los canales acordados", ""),
                ("Seguimiento y analítica verificados de principio a fin", ""),
                ("El ritmo de inversión se ajusta al plan", "±10 %"),
                ("Informe de lanzamiento entregado", ""),
            ],
            [
                "Piezas creativas aprobadas antes del lanzamiento",
                "Segmentación de la audiencia revisada",
            ],
        ),
        "Document / report": (
            [
                ("Cubre todos los apartados del índice acordado", ""),
                ("Se citan las fuentes y los datos", ""),
                ("Las recomendaciones son concretas y aplicables", ""),
                ("Entregado en el formato y el idioma acordados", ""),
            ],
            ["Resumen ejecutivo revisado por el patrocinador"],
        ),
    },
    "zh-TW": {
        "Creative deliverable": (
            [
                ("符合已核准的需求簡報與核心訊息", ""),
                ("遵循品牌規範（標誌、色彩、字體）", ""),
                ("已交付所有約定的格式與尺寸", ""),
                ("文案已校對並經客戶核准", ""),
            ],
            ["已交付原始檔案", "已列出使用權與授權"],
        ),
        "Software release": (
            [
                ("每個約定的使用者故事皆可展示", ""),
                ("自動化測試在發行版本上全部通過", "測試套件 100 %"),
                ("無未解決的高或嚴重等級缺陷", "0"),
                ("已部署至約定的環境", ""),
                ("已交付版本說明與操作手冊", ""),
            ],
            ["已向客戶進行展示", "已安全移交存取憑證"],
        ),
        "Campaign launch": (
            [
                ("活動已在每個約定的管道上線", ""),
                ("追蹤與分析已全程驗證", ""),
                ("預算執行進度符合計畫", "±10 %"),
                ("已交付上線報告", ""),
            ],
            ["素材於上線前已核准", "受眾設定已審閱"],
        ),
        "Document / report": (
            [
                ("涵蓋約定大綱的每個章節", ""),
                ("已註明資料與來源", ""),
                ("建議具體且可執行", ""),
                ("以約定的格式與語言交付", ""),
            ],
            ["執行摘要已由專案負責人審閱"],
        ),
    },
}


def builtin_content(name: str, language: str) -> Translation | None:
    """The criteria and checklist of built-in template ``name`` in ``language``; None when
    the template is not a built-in or the language is English (the stored original)."""
    return TRANSLATIONS.get(language, {}).get(name)
