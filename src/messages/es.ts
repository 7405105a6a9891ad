import type { Catalogue } from "./en.js";

/** Spanish (Spain; Latin American clients read it too): "tú", as in the command descriptions. */
export const ES = {
  "error.internal": "Lo siento, algo ha fallado por mi parte al responder. Vuelve a intentarlo en un momento.",
  "error.cooldown": "Estás preguntando muy rápido. Vuelve a intentarlo en {seconds} s.",
  "error.unknown_command": "No conozco ese comando. Prueba {commands}.",
  "error.expired_button": "Ese botón ha caducado. Vuelve a preguntar con {/ask} para obtener extractos nuevos.",
  "error.foreign_button": "Esos botones son de la pregunta de otra persona. Haz la tuya con {/ask}.",
  "error.shutting_down": "Me estoy reiniciando ahora mismo. Vuelve a preguntar en un minuto.",
  "list.last": "{rest} o {last}",

  "decline.empty": "Escribe una pregunta (en inglés), por ejemplo: {/ask} what did DeepSeek-R1 cost to train?",
  "decline.too_long":
    "Las preguntas pueden tener como máximo {max} caracteres; la tuya tiene {length}. Acórtala, por favor.",
  "decline.no_words":
    "Necesito una pregunta con palabras (menciones, enlaces, emoji y signos de puntuación por sí solos no me dicen qué buscar).",
  "decline.language":
    "Por ahora solo puedo responder en inglés: la noticia y sus fuentes están en inglés. Pregunta en inglés, por favor.",
  "decline.covers":
    "Respondo preguntas sobre {topic}: lo que afirma el artículo y lo que dicen sus fuentes sobre los mismos hechos.",
  "decline.misuse": "No puedo ayudarte con eso. {covers}",
  "decline.live":
    "No tengo datos en directo: mis documentos recogen la noticia en torno a enero de 2025, no las cotizaciones ni las noticias de hoy. {covers}",
  "decline.future": "No puedo saber qué pasará: mis documentos solo dicen lo que se publicó. {covers}",
  "decline.howto": "No puedo dar instrucciones ni ayuda de instalación. {covers}",
  "decline.advice": "No puedo dar consejos de compra ni de inversión. {covers}",
  "decline.off_topic": "Los documentos de la noticia no responden a eso. {covers}",
  "decline.greeting": "¡Hola! {covers} Pregúntame lo que quieras con {/ask}.",
  "decline.thanks": "¡De nada! {covers} Pregúntame lo que quieras con {/ask}.",
  "decline.you_could_ask": "Podrías preguntar:",

  "answer.article_credit": "el artículo, {date}",
  "answer.note_credit": "nuestras notas sobre {name}: nuestro resumen, no sus palabras",
  "answer.note_credit_from": "De nuestras notas sobre {name}: nuestro resumen, no sus palabras",
  "answer.site_link": "{host}, el sitio: página exacta desconocida",
  "answer.from_notes": "De nuestras notas",
  "answer.article_says": "El artículo dice",
  "answer.source_says": "La fuente dice",
  "answer.sources": "Fuentes",
  "answer.by_model": "Escrito por un modelo de lenguaje a partir de los extractos de abajo",
  "answer.word_for_word": "Tomado de los documentos palabra por palabra (sin modelo de lenguaje)",
  "answer.as_of": "conocimiento a {date}",
  "answer.writing": "Escribiendo… los extractos aparecen cuando se han comprobado con los documentos",
  "more.title": "Más extractos",
  "more.none": "No hay más extractos: los de arriba son todo lo relevante que encontré.",
  "more.some": "Otros pasajes que encontré para esta pregunta.",
  "more.source_changed":
    "La fuente ha cambiado desde esta respuesta: estas palabras ya no están en ella, así que no se muestran como cita.",
  "note.fallback":
    "El modelo de lenguaje no ha podido responder ahora, así que esta es la respuesta rápida, citada directamente de las fuentes.",
  "note.late":
    "El modelo de lenguaje ha tardado demasiado, así que esta es la respuesta rápida, citada directamente de las fuentes.",
  "note.not_covered":
    "El modelo de lenguaje no encontró respuesta en sus pasajes, así que esta es la respuesta rápida, citada directamente de las fuentes.",
  "note.shutdown":
    "El bot se está reiniciando, así que esta es la respuesta rápida, citada directamente de las fuentes.",

  "button.more": "Más extractos",
  "button.sources": "Fuentes",
  "button.previous": "◀ Anterior",
  "button.next": "Siguiente ▶",
  "button.follow_up": "Hacer otra pregunta",

  "followup.thread_opened":
    "Haz tu pregunta de seguimiento en {thread} con {/ask}: allí leeré cada pregunta junto con las anteriores.",
  "followup.thread_unkept":
    "Haz tu pregunta de seguimiento en {thread} con {/ask}. Ahora no puedo guardar la conversación, así que allí responderé cada pregunta por separado.",
  "followup.modal_title": "Pregunta de seguimiento",
  "followup.modal_label": "Tu pregunta de seguimiento",
  "followup.modal_placeholder": "Después de: {question}",
  "followup.stray_thread":
    "No abrí este hilo, así que no veo lo que se preguntó en él: aquí tienes una respuesta a tu pregunta por sí sola, solo para ti. Para seguir preguntando sobre una respuesta, pulsa **Hacer otra pregunta** debajo de ella.",
  "answer.read_as_follow_up": "Leída como continuación sobre {subject}, según la pregunta anterior.",
  "answer.read_as": "Leída como: «{question}»",
  "lead.article_says": "El artículo dice:",
  "lead.source_says": "{source} dice:",
  "lead.from_notes_on": "De nuestras notas sobre {source}:",
  "card.checked": "✓ Comprobado palabra por palabra en {file}",
  "card.fact_check": "Verificación: {verdict}",
  "button.open": "Abrir",
  "lead.fact_check": "Verificación ({verdict}):",

  continued: "{heading} (continuación)",
  "summary.in_our_words": "Con nuestras palabras; cada [n] enlaza a una fuente en la que se basa la línea.",
  "summary.quoted":
    "Las líneas del artículo se citan palabra por palabra; las correcciones vienen de nuestras notas sobre sus fuentes, con enlaces.",
  "summary.footer": "Conocimiento a {date} · {/sources} lista todos los documentos · {/ask} para tu propia pregunta",

  "sources.title": "Lo que he leído",
  "sources.title_paged": "Lo que he leído ({page} de {count})",
  "sources.article": "El artículo",
  "sources.notes": "Sus fuentes",
  "sources.notes_count": "({count}; respondo a partir de mis propias notas sobre cada una, con su enlace)",
  "sources.verbatim": "Fuentes que tengo palabra por palabra",
  "sources.verbatim_count": "({count})",
  "sources.footer": "{count} documentos · conocimiento a {date}",

  "help.intro":
    "Respondo preguntas sobre {topic}: cito el artículo palabra por palabra y muestro mis notas sobre sus fuentes, con enlaces.",
  "help.pace":
    "{/ask} y {/check} tienen un límite por persona y minuto: si vas más rápido, te digo cuántos segundos esperar. Las preguntas que no puedo responder no cuentan.",

  "verdict.supported": "Respaldado",
  "verdict.nuanced": "Necesita matices",
  "verdict.contradicted": "Contradicho por las fuentes",
  "verdict.unverified": "Sin verificar",
  "verdict.opinion": "Opinión, no un hecho comprobable",
  "verdict.not_covered": "No cubierto por las fuentes",
  "check.checked": "Comprobado: {statement}",
  "check.try_ask": "Prueba {/ask} para ver lo que sí dicen los documentos de la noticia.",
  "check.unchecked_one": "Comprobé las primeras {checked} afirmaciones; {unchecked} más no se comprobó.",
  "check.unchecked_many": "Comprobé las primeras {checked} afirmaciones; {unchecked} más no se comprobaron.",
  "check.footer":
    "Los veredictos vienen de las afirmaciones comprobadas del artículo y de nuestras notas sobre sus fuentes · conocimiento a {date}",
  "check.nothing": "Nada que comprobar: ese mensaje no afirma nada que pueda contrastar con las fuentes.",
  "check.empty": "Escribe una afirmación (en inglés), por ejemplo: {/check} R1 cost $5.5M to train",
  "check.no_words":
    "Necesito una afirmación con palabras (menciones, enlaces, emoji y signos de puntuación por sí solos no me dicen qué buscar).",
  "check.message_language": "Solo puedo comprobar mensajes en inglés: la noticia y sus fuentes están en inglés.",
  "check.message_no_words":
    "Ese mensaje no tiene palabras que pueda comprobar (solo código, enlaces, menciones o emoji). Compruebo mensajes que afirman algo con palabras.",
  "check.message_attachments":
    "Ese mensaje solo tiene archivos adjuntos. Compruebo mensajes que afirman algo con palabras.",
  "check.message_embed": "Ese mensaje solo tiene un embed. Compruebo mensajes que afirman algo con palabras.",
  "check.message_empty": "Ese mensaje no tiene texto. Compruebo mensajes que afirman algo con palabras.",
  "explanation.unverified": "Ninguna de nuestras fuentes lo confirma; se basa en la palabra de alguien.",
  "explanation.opinion_view":
    "Es una opinión, no un hecho comprobable. El punto de vista más cercano de las fuentes está abajo.",
  "explanation.opinion":
    "Es una opinión, no un hecho comprobable, y las fuentes no ofrecen ninguna opinión al respecto.",
  "explanation.not_covered":
    "Los documentos de la noticia no dicen nada que lo resuelva, así que no daré un veredicto.",
  "explanation.notes_differ": "Nuestras notas sobre las fuentes dicen lo contrario, como se ve abajo.",
  "explanation.notes_agree": "Nuestras notas sobre las fuentes dicen lo mismo, como se ve abajo.",
  "explanation.same_figure": "Nuestras notas sobre las fuentes dan la misma cifra, como se ve abajo.",
  "explanation.other_figure": "Nuestras notas sobre las fuentes dan otra cifra, como se ve abajo.",
  "explanation.not_sure":
    "Las fuentes dicen algo parecido, pero no lo suficiente para confirmarlo tal como lo dices, así que no daré un veredicto.",
  "explanation.bound_elsewhere": "Nuestras notas sobre las fuentes dan esa cifra para otra cosa, como se ve abajo.",
  "explanation.other_direction":
    "Según nuestras notas sobre las fuentes, se movió en sentido contrario, como se ve abajo.",
  "explanation.mixed":
    "Las fuentes muestran las dos cosas: cada uno va por delante en algunos puntos, como se ve abajo.",
  "explanation.overstated":
    "Las fuentes dan esa cifra, pero no que sea todo: es cierto solo con esa salvedad, como se ve abajo.",
  "explanation.reported_only":
    "Nuestra única fuente para esto lo cuenta sin confirmarlo, como se ve abajo, así que queda sin verificar.",
  "explanation.not_in_article": "El artículo no dice eso: la cifra viene de nuestras notas sobre las fuentes, abajo.",

  "stats.in_a_dm":
    "{/stats} muestra las preguntas de un servidor: úsalo en ese servidor (necesitas el permiso Gestionar servidor).",
  "stats.no_database": "Aquí no se registra nada: este bot funciona sin su base de datos, así que no hay cifras.",
  "stats.title": "Preguntas en este servidor, últimos {days} días",
  "stats.recording_off":
    "⚠️ Registro desactivado: ahora no se puede escribir en el almacenamiento, así que las preguntas y votos nuevos no se guardan.",
  "stats.no_latency": "aún ninguno",
  "stats.top": "Preguntas más frecuentes",
  "stats.to_improve": "Rechazadas o votadas 👎 (con qué mejorar knowledge/)",
  "stats.none": "Ninguna.",
  "stats.knowledge_stale":
    "⚠️ La última recarga de knowledge/ falló ({problems} problemas; el primero en {file}): las respuestas siguen saliendo del conocimiento cargado antes. npm run knowledge:check los enumera.",
  "stats.footer": "Desde el {date}. npm run report muestra todos los servidores.",

  "vote.bad_id": "Ese botón no es mío. Pregunta con {/ask} para obtener botones nuevos.",
  "vote.expired":
    "Esa respuesta ha caducado, así que ya no se guardan votos sobre ella. Vuelve a preguntar con {/ask} para votar una nueva.",
  "vote.off":
    "Lo siento, ahora no puedo registrar votos (mi almacenamiento no está disponible). Tu voto no se ha guardado.",
  "vote.up": "He registrado tu 👍 para esta respuesta. ¡Gracias!",
  "vote.up_changed": "He cambiado tu voto en esta respuesta a 👍. ¡Gracias!",
  "vote.down_title": "👎 registrado. ¿Qué estaba mal?",
  "vote.down_changed_title": "Cambiado a 👎. ¿Qué estaba mal?",
  "vote.reason_label": "¿Qué estaba mal? (opcional)",
  "vote.down_without_note": "He registrado tu 👎 para esta respuesta, sin nota. ¡Gracias!",
  "vote.no_longer_down": "Tu voto en esta respuesta ya no es 👎, así que la nota no se ha guardado.",
  "vote.noted": "He registrado tu 👎 y tu nota. ¡Gracias! Ayuda a mejorar las fuentes.",
  "button.elsewhere": "Este botón no pertenece a este lugar, así que no ha hecho nada.",
  "button.not_kept":
    "No pude guardar esa respuesta, así que este botón no puede hacer nada con ella ahora. Vuelve a preguntar con {/ask}.",
  "vote.note_off":
    "Lo siento, ahora no puedo guardar notas (mi almacenamiento no está disponible). Tu nota no se ha guardado.",
  "stats.managers_only":
    "{/stats} es para quienes gestionan el servidor: necesitas aquí el permiso Gestionar servidor.",
  "stats.listing":
    "Solo se listan las preguntas hechas públicamente en este canal; las preguntas privadas se cuentan, nunca se listan.",
  "followup.thread_failed":
    "No pude abrir un hilo ahora mismo. Haz tu pregunta de seguimiento aquí con {/ask}, o vuelve a pulsar el botón en un momento.",
  "help.heading_commands": "Comandos",
  "help.item_ask": "{/ask} una pregunta (en inglés), p. ej. {examples}",
  "help.item_summary": "{/summary} la noticia en un mensaje · {/sources} todos los documentos que he leído",
  "help.item_check":
    "{/check} una afirmación, p. ej. «R1 cost $5.5M to train»; o clic derecho en un mensaje → Aplicaciones → {menu}",
  "help.item_stats": "{/stats} (gestión del servidor) qué se preguntó aquí esta semana y qué no pude responder",
  "help.item_votes":
    "👍 / 👎 bajo una respuesta indican a los responsables si ayudó; con 👎 puedes decir qué estaba mal",
  "help.heading_verdicts": "Marcas de veredicto (en las respuestas de {/check})",
  "help.heading_private": "Respuestas privadas",
  "help.private_text":
    "Pon {private} en True en {/ask}, {/check} o {/summary} y solo tú verás la respuesta. {menu} siempre es privado.",
  "help.heading_pace": "Ritmo",
  "stats.questions_text": "Preguntas: {questions} · Rechazadas: {declined}",
  "stats.votes_text": "👍 {up} · 👎 {down} · Tiempo de respuesta mediano: {latency}",
} satisfies Catalogue;
