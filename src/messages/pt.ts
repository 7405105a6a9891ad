import type { Catalogue } from "./en.js";

/** Brazilian Portuguese: "você", as in the command descriptions. */
export const PT = {
  "error.internal": "Desculpe, algo deu errado do meu lado ao responder. Tente de novo daqui a pouco.",
  "error.cooldown": "Você está perguntando rápido demais. Tente de novo em {seconds} s.",
  "error.unknown_command": "Não conheço esse comando. Tente {commands}.",
  "error.expired_button": "Esse botão expirou. Pergunte de novo com {/ask} para receber trechos novos.",
  "error.foreign_button": "Esses botões são da pergunta de outra pessoa. Faça a sua com {/ask}.",
  "error.shutting_down": "Estou reiniciando agora. Pergunte de novo em um minuto.",
  "list.last": "{rest} ou {last}",

  "decline.empty": "Digite uma pergunta (em inglês), por exemplo: {/ask} what did DeepSeek-R1 cost to train?",
  "decline.too_long": "As perguntas podem ter no máximo {max} caracteres; a sua tem {length}. Encurte-a, por favor.",
  "decline.no_words":
    "Preciso de uma pergunta em palavras (menções, links, emoji e pontuação sozinhos não me dizem o que procurar).",
  "decline.language":
    "Por enquanto só respondo em inglês: a notícia e as fontes estão em inglês. Pergunte em inglês, por favor.",
  "decline.covers":
    "Respondo perguntas sobre {topic}: o que o artigo afirma e o que as fontes dele dizem sobre os mesmos fatos.",
  "decline.misuse": "Não posso ajudar com isso. {covers}",
  "decline.live":
    "Não tenho dados ao vivo: meus documentos registram a notícia por volta de janeiro de 2025, não as cotações nem as notícias de hoje. {covers}",
  "decline.future": "Não sei dizer o que vai acontecer: meus documentos só dizem o que foi noticiado. {covers}",
  "decline.howto": "Não posso dar instruções nem ajuda de instalação. {covers}",
  "decline.advice": "Não posso dar conselhos de compra nem de investimento. {covers}",
  "decline.off_topic": "Os documentos da notícia não respondem a isso. {covers}",
  "decline.greeting": "Olá! {covers} Pergunte o que quiser com {/ask}.",
  "decline.thanks": "De nada! {covers} Pergunte o que quiser com {/ask}.",
  "decline.you_could_ask": "Você poderia perguntar:",

  "answer.article_credit": "o artigo, {date}",
  "answer.note_credit": "nossas notas sobre {name}: nosso resumo, não as palavras dela",
  "answer.note_credit_from": "Das nossas notas sobre {name}: nosso resumo, não as palavras dela",
  "answer.site_link": "{host}, o site: página exata desconhecida",
  "answer.from_notes": "Das nossas notas",
  "answer.article_says": "O artigo diz",
  "answer.source_says": "A fonte diz",
  "answer.sources": "Fontes",
  "answer.by_model": "Escrito por um modelo de linguagem a partir dos trechos abaixo",
  "answer.word_for_word": "Tirado dos documentos palavra por palavra (sem modelo de linguagem)",
  "answer.as_of": "conhecimento até {date}",
  "answer.writing": "Escrevendo… os trechos aparecem depois de conferidos com os documentos",
  "more.title": "Mais trechos",
  "more.none": "Não há mais trechos: os de cima são tudo o que encontrei de relevante.",
  "more.some": "Outras passagens que encontrei para esta pergunta.",
  "more.source_changed":
    "A fonte mudou desde esta resposta: estas palavras já não estão nela, por isso não são mostradas como citação.",
  "note.fallback":
    "O modelo de linguagem não conseguiu responder agora, então esta é a resposta rápida, citada direto das fontes.",
  "note.late": "O modelo de linguagem demorou demais, então esta é a resposta rápida, citada direto das fontes.",
  "note.not_covered":
    "O modelo de linguagem não achou resposta nas passagens dele, então esta é a resposta rápida, citada direto das fontes.",
  "note.shutdown": "O bot está reiniciando, então esta é a resposta rápida, citada direto das fontes.",

  "button.more": "Mais trechos",
  "button.sources": "Fontes",
  "button.previous": "◀ Anterior",
  "button.next": "Próxima ▶",
  "button.follow_up": "Fazer outra pergunta",

  "followup.thread_opened":
    "Faça sua pergunta de acompanhamento em {thread} com {/ask}: lá vou ler cada pergunta junto com as anteriores.",
  "followup.thread_unkept":
    "Faça sua pergunta de acompanhamento em {thread} com {/ask}. No momento não consigo guardar a conversa, então lá vou responder cada pergunta separadamente.",
  "followup.modal_title": "Pergunta de acompanhamento",
  "followup.modal_label": "Sua pergunta de acompanhamento",
  "followup.modal_placeholder": "Depois de: {question}",
  "followup.stray_thread":
    "Não abri este tópico, então não vejo o que foi perguntado nele: aqui está uma resposta só para a sua pergunta, só para você. Para continuar a partir de uma resposta, toque em **Fazer outra pergunta** abaixo dela.",
  "answer.read_as_follow_up": "Lida como continuação sobre {subject}, a partir da pergunta anterior.",
  "answer.read_as": "Lida como: “{question}”",
  "lead.article_says": "O artigo diz:",
  "lead.source_says": "{source} diz:",
  "lead.from_notes_on": "Das nossas notas sobre {source}:",
  "card.checked": "✓ Conferido palavra por palavra em {file}",
  "card.fact_check": "Checagem: {verdict}",
  "button.open": "Abrir",
  "lead.fact_check": "Checagem ({verdict}):",

  continued: "{heading} (continuação)",
  "summary.in_our_words": "Com nossas palavras; cada [n] leva a uma fonte em que a linha se baseia.",
  "summary.quoted":
    "As linhas do artigo são citadas palavra por palavra; as correções vêm das nossas notas sobre as fontes, com links.",
  "summary.footer": "Conhecimento até {date} · {/sources} lista todos os documentos · {/ask} para a sua pergunta",

  "sources.title": "O que eu li",
  "sources.title_paged": "O que eu li ({page} de {count})",
  "sources.article": "O artigo",
  "sources.notes": "As fontes dele",
  "sources.notes_count": "({count}; respondo a partir das minhas próprias notas sobre cada uma, com o link)",
  "sources.verbatim": "Fontes que tenho palavra por palavra",
  "sources.verbatim_count": "({count})",
  "sources.footer": "{count} documentos · conhecimento até {date}",

  "help.intro":
    "Respondo perguntas sobre {topic}: cito o artigo palavra por palavra e mostro minhas notas sobre as fontes dele, com links.",
  "help.pace":
    "{/ask} e {/check} têm um limite por pessoa a cada minuto: se você for mais rápido, digo quantos segundos esperar. Perguntas que não consigo responder não contam.",

  "verdict.supported": "Confirmado",
  "verdict.nuanced": "Precisa de ressalvas",
  "verdict.contradicted": "Contrariado pelas fontes",
  "verdict.unverified": "Não verificado",
  "verdict.opinion": "Opinião, não um fato verificável",
  "verdict.not_covered": "Não coberto pelas fontes",
  "check.checked": "Verificado: {statement}",
  "check.try_ask": "Tente {/ask} para ver o que os documentos da notícia dizem.",
  "check.unchecked_one": "Verifiquei as primeiras {checked} afirmações; mais {unchecked} não foi verificada.",
  "check.unchecked_many": "Verifiquei as primeiras {checked} afirmações; mais {unchecked} não foram verificadas.",
  "check.footer":
    "Os vereditos vêm das afirmações verificadas do artigo e das nossas notas sobre as fontes · conhecimento até {date}",
  "check.nothing": "Nada a verificar aqui: essa mensagem não afirma nada que eu possa conferir com as fontes.",
  "check.empty": "Digite uma afirmação (em inglês), por exemplo: {/check} R1 cost $5.5M to train",
  "check.no_words":
    "Preciso de uma afirmação em palavras (menções, links, emoji e pontuação sozinhos não me dizem o que procurar).",
  "check.message_language": "Só consigo verificar mensagens em inglês: a notícia e as fontes estão em inglês.",
  "check.message_no_words":
    "Essa mensagem não tem palavras que eu possa verificar (só código, links, menções ou emoji). Verifico mensagens que afirmam algo em palavras.",
  "check.message_attachments": "Essa mensagem só tem anexos. Verifico mensagens que afirmam algo em palavras.",
  "check.message_embed": "Essa mensagem só tem um embed. Verifico mensagens que afirmam algo em palavras.",
  "check.message_empty": "Essa mensagem não tem texto. Verifico mensagens que afirmam algo em palavras.",
  "explanation.unverified": "Nenhuma fonte que temos confirma isso; depende da palavra de alguém.",
  "explanation.opinion_view":
    "Isso é uma opinião, não um fato verificável. A visão mais próxima nas fontes está abaixo.",
  "explanation.opinion": "Isso é uma opinião, não um fato verificável, e as fontes não dão nenhuma visão sobre isso.",
  "explanation.not_covered": "Os documentos da notícia não dizem nada que resolva isso, então não vou dar um veredito.",
  "explanation.notes_differ": "Nossas notas sobre as fontes dizem o contrário, como mostrado abaixo.",
  "explanation.notes_agree": "Nossas notas sobre as fontes dizem a mesma coisa, como mostrado abaixo.",
  "explanation.same_figure": "Nossas notas sobre as fontes dão o mesmo número, como mostrado abaixo.",
  "explanation.other_figure": "Nossas notas sobre as fontes dão um número diferente, como mostrado abaixo.",
  "explanation.not_sure":
    "As fontes dizem algo parecido, mas não o bastante para confirmar do jeito que você disse, então não vou dar um veredito.",
  "explanation.bound_elsewhere": "Nossas notas sobre as fontes dão esse número para outra coisa, como mostrado abaixo.",
  "explanation.other_direction":
    "Segundo nossas notas sobre as fontes, o movimento foi no sentido contrário, como mostrado abaixo.",
  "explanation.mixed": "As fontes mostram os dois lados: cada um fica à frente em alguns pontos, como mostrado abaixo.",
  "explanation.overstated":
    "As fontes dão esse número, mas não dizem que é tudo: é verdade só com essa ressalva, como mostrado abaixo.",
  "explanation.reported_only":
    "Nossa única fonte para isso relata sem confirmação, como mostrado abaixo, então continua não verificado.",
  "explanation.not_in_article": "O artigo não diz isso: o número vem das nossas notas sobre as fontes, abaixo.",

  "stats.in_a_dm":
    "{/stats} mostra as perguntas de um servidor: use-o nesse servidor (você precisa da permissão Gerenciar servidor lá).",
  "stats.no_database": "Nada é registrado aqui: este bot roda sem o banco de dados, então não há números.",
  "stats.title": "Perguntas neste servidor, últimos {days} dias",
  "stats.recording_off":
    "⚠️ Registro desligado: não dá para gravar no armazenamento agora, então perguntas e votos novos não são guardados.",
  "stats.no_latency": "nenhum ainda",
  "stats.top": "Perguntas mais frequentes",
  "stats.to_improve": "Recusadas ou com 👎 (o que melhorar em knowledge/)",
  "stats.none": "Nenhuma.",
  "stats.knowledge_stale":
    "⚠️ O último recarregamento de knowledge/ falhou ({problems} problemas; o primeiro em {file}): as respostas continuam a vir do conhecimento carregado antes. npm run knowledge:check lista-os.",
  "stats.footer": "Desde {date}. npm run report mostra todos os servidores.",

  "vote.bad_id": "Esse botão não é meu. Pergunte com {/ask} para receber botões novos.",
  "vote.expired":
    "Essa resposta expirou, então os votos nela não são mais guardados. Pergunte de novo com {/ask} para votar em uma nova.",
  "vote.off":
    "Desculpe, não consigo registrar votos agora (meu armazenamento está indisponível). Seu voto não foi guardado.",
  "vote.up": "Registrei seu 👍 nesta resposta. Obrigado!",
  "vote.up_changed": "Mudei seu voto nesta resposta para 👍. Obrigado!",
  "vote.down_title": "👎 registrado. O que estava errado?",
  "vote.down_changed_title": "Mudado para 👎. O que estava errado?",
  "vote.reason_label": "O que estava errado? (opcional)",
  "vote.down_without_note": "Registrei seu 👎 nesta resposta, sem nota. Obrigado!",
  "vote.no_longer_down": "Seu voto nesta resposta não é mais 👎, então a nota não foi guardada.",
  "vote.noted": "Registrei seu 👎 e sua nota. Obrigado: isso ajuda a melhorar as fontes.",
  "button.elsewhere": "Este botão não pertence a este lugar, então não fez nada.",
  "button.not_kept":
    "Não consegui guardar essa resposta, então este botão não pode fazer nada com ela agora. Pergunte de novo com {/ask}.",
  "vote.note_off":
    "Desculpe, não consigo registrar notas agora (meu armazenamento está indisponível). Sua nota não foi guardada.",
  "stats.managers_only": "{/stats} é para quem gerencia o servidor: você precisa da permissão Gerenciar servidor aqui.",
  "stats.listing":
    "Só são listadas perguntas feitas publicamente neste canal; perguntas privadas são contadas, nunca listadas.",
  "followup.thread_failed":
    "Não consegui abrir um tópico agora. Faça sua pergunta de acompanhamento aqui com {/ask}, ou aperte o botão de novo daqui a pouco.",
  "help.heading_commands": "Comandos",
  "help.item_ask": "{/ask} uma pergunta (em inglês), por ex. {examples}",
  "help.item_summary": "{/summary} a notícia em uma mensagem · {/sources} todos os documentos que li",
  "help.item_check":
    "{/check} uma afirmação, por ex. “R1 cost $5.5M to train”; ou clique com o botão direito numa mensagem → Apps → {menu}",
  "help.item_stats":
    "{/stats} (quem gerencia o servidor) o que foi perguntado aqui nesta semana e o que não consegui responder",
  "help.item_votes":
    "👍 / 👎 sob uma resposta dizem aos mantenedores se ela ajudou; com 👎 você pode dizer o que estava errado",
  "help.heading_verdicts": "Marcas de veredito (nas respostas de {/check})",
  "help.heading_private": "Respostas privadas",
  "help.private_text":
    "Defina {private} como True em {/ask}, {/check} ou {/summary} e só você vê a resposta. {menu} é sempre privado.",
  "help.heading_pace": "Ritmo",
  "stats.questions_text": "Perguntas: {questions} · Recusadas: {declined}",
  "stats.votes_text": "👍 {up} · 👎 {down} · Tempo mediano de resposta: {latency}",
} satisfies Catalogue;
