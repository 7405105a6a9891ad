import type { Catalogue } from "./en.js";

/** Japanese: polite です・ます, as in the command descriptions. */
export const JA = {
  "error.internal": "申し訳ありません。回答中にこちらで問題が起きました。少し待ってからもう一度お試しください。",
  "error.cooldown": "質問のペースが速すぎます。{seconds} 秒後にもう一度お試しください。",
  "error.unknown_command": "そのコマンドはわかりません。{commands} をお試しください。",
  "error.expired_button": "このボタンは期限切れです。{/ask} でもう一度質問すると、新しい抜粋が表示されます。",
  "error.foreign_button": "これは他の人の質問のボタンです。{/ask} でご自身の質問をどうぞ。",
  "error.shutting_down": "ただいま再起動中です。1 分ほどしてからもう一度質問してください。",
  "list.last": "{rest} または {last}",

  "decline.empty": "質問を（英語で）入力してください。例：{/ask} what did DeepSeek-R1 cost to train?",
  "decline.too_long": "質問は {max} 文字までです（この質問は {length} 文字）。短くしてください。",
  "decline.no_words":
    "言葉で書かれた質問が必要です（メンション、リンク、絵文字、記号だけでは何を調べればよいかわかりません）。",
  "decline.language": "今のところ英語でしか回答できません。記事も出典も英語だからです。英語で質問してください。",
  "decline.covers": "{topic} についての質問に答えます。記事の主張と、同じ事実について出典が述べていることです。",
  "decline.misuse": "それにはお答えできません。{covers}",
  "decline.live":
    "リアルタイムのデータはありません。手元の資料は 2025 年 1 月ごろの記録で、今日の株価やニュースは含みません。{covers}",
  "decline.future": "これから何が起きるかはわかりません。資料には報じられたことしか書かれていません。{covers}",
  "decline.howto": "手順の説明や設定の手伝いはできません。{covers}",
  "decline.advice": "購入や投資の助言はできません。{covers}",
  "decline.off_topic": "記事の資料にはその答えがありません。{covers}",
  "decline.greeting": "こんにちは!{covers} {/ask} で何でも聞いてください。",
  "decline.thanks": "どういたしまして!{covers} {/ask} で何でも聞いてください。",
  "decline.you_could_ask": "こんな質問ならお答えできます：",

  "answer.article_credit": "記事、{date}",
  "answer.note_credit": "{name} についての私たちのメモ（要約であり、原文ではありません）",
  "answer.note_credit_from": "{name} についての私たちのメモより（要約であり、原文ではありません）",
  "answer.site_link": "{host}（サイト。該当ページは不明）",
  "answer.from_notes": "私たちのメモより",
  "answer.article_says": "記事の記述",
  "answer.source_says": "出典の記述",
  "answer.sources": "出典",
  "answer.by_model": "下の抜粋をもとに言語モデルが作成",
  "answer.word_for_word": "資料からそのまま引用（言語モデルなし）",
  "answer.as_of": "{date} 時点の情報",
  "answer.writing": "作成中… 抜粋は資料と照合してから表示されます",
  "more.title": "ほかの抜粋",
  "more.none": "ほかの抜粋はありません。上に示したものが、見つかった関連箇所のすべてです。",
  "more.some": "この質問について見つかったほかの箇所です。",
  "more.source_changed": "この回答の後で出典が変わりました。この言葉はもう出典にないため、引用としては表示しません。",
  "note.fallback": "言語モデルが今は回答できなかったため、出典から直接引用した簡易回答を表示しています。",
  "note.late": "言語モデルの回答に時間がかかりすぎたため、出典から直接引用した簡易回答を表示しています。",
  "note.not_covered":
    "言語モデルが資料の中に答えを見つけられなかったため、出典から直接引用した簡易回答を表示しています。",
  "note.shutdown": "ボットが再起動中のため、出典から直接引用した簡易回答を表示しています。",

  "button.more": "ほかの抜粋",
  "button.sources": "出典",
  "button.previous": "◀ 前へ",
  "button.next": "次へ ▶",
  "button.follow_up": "続けて質問",

  "followup.thread_opened": "{thread} で {/ask} を使って続けて質問してください。そこでは前の質問を踏まえて読みます。",
  "followup.thread_unkept":
    "{thread} で {/ask} を使って続けて質問してください。現在は会話を保存できないため、そこでの質問には一つずつ個別に答えます。",
  "followup.modal_title": "続けて質問",
  "followup.modal_label": "続けての質問",
  "followup.modal_placeholder": "前の質問：{question}",
  "followup.stray_thread":
    "このスレッドは私が作成したものではないため、ここでの質問は見えません。あなたの質問だけに、あなたにだけ見える形で答えます。回答について続けて質問するには、その下の **続けて質問** を押してください。",
  "answer.read_as_follow_up": "前の質問から、{subject} についての続きの質問として読みました。",
  "answer.read_as": "「{question}」として読みました。",
  "lead.article_says": "記事にはこうあります：",
  "lead.source_says": "{source}にはこうあります：",
  "lead.from_notes_on": "{source}についての私たちのメモより：",
  "card.checked": "✓ {file} と一字一句照合済み",
  "card.fact_check": "ファクトチェック：{verdict}",
  "button.open": "開く",
  "lead.fact_check": "ファクトチェック（{verdict}）：",

  continued: "{heading}（続き）",
  "summary.in_our_words": "私たちの言葉でまとめています。各 [n] は、その行の根拠となる出典へのリンクです。",
  "summary.quoted": "記事の文はそのまま引用しています。訂正は出典についての私たちのメモによるもので、リンクつきです。",
  "summary.footer": "{date} 時点の情報 · {/sources} ですべての資料を表示 · ご自身の質問は {/ask} で",

  "sources.title": "読んだ資料",
  "sources.title_paged": "読んだ資料（{page}/{count}）",
  "sources.article": "記事",
  "sources.notes": "記事の出典",
  "sources.notes_count": "（{count} 件。それぞれについての私たち自身のメモから、リンクつきで回答します）",
  "sources.verbatim": "原文のまま保持している出典",
  "sources.verbatim_count": "（{count} 件）",
  "sources.footer": "資料 {count} 件 · {date} 時点の情報",

  "help.intro":
    "{topic} についての質問に答えます。記事はそのまま引用し、出典についての私たちのメモをリンクつきで示します。",
  "help.pace":
    "{/ask} と {/check} には 1 人あたり 1 分ごとの上限があります。超えると何秒待てばよいかをお知らせします。答えられなかった質問は数えません。",

  "verdict.supported": "裏付けあり",
  "verdict.nuanced": "補足が必要",
  "verdict.contradicted": "出典と矛盾",
  "verdict.unverified": "未確認",
  "verdict.opinion": "意見（確認できる事実ではありません）",
  "verdict.not_covered": "出典に記載なし",
  "check.checked": "確認した内容： {statement}",
  "check.try_ask": "記事の資料に何が書かれているかは {/ask} で聞いてみてください。",
  "check.unchecked_one": "最初の {checked} 件の主張を確認しました。残りの {unchecked} 件は確認していません。",
  "check.unchecked_many": "最初の {checked} 件の主張を確認しました。残りの {unchecked} 件は確認していません。",
  "check.footer": "判定は記事の確認済みの主張と、出典についての私たちのメモにもとづきます · {date} 時点の情報",
  "check.nothing": "確認できる内容がありません。このメッセージには出典と照らし合わせられる主張がありません。",
  "check.empty": "主張を（英語で）入力してください。例：{/check} R1 cost $5.5M to train",
  "check.no_words":
    "言葉で書かれた主張が必要です（メンション、リンク、絵文字、記号だけでは何を調べればよいかわかりません）。",
  "check.message_language": "確認できるのは英語のメッセージだけです。記事も出典も英語だからです。",
  "check.message_no_words":
    "このメッセージには確認できる言葉がありません（コード、リンク、メンション、絵文字のみ）。言葉で何かを主張しているメッセージを確認できます。",
  "check.message_attachments":
    "このメッセージには添付ファイルしかありません。言葉で何かを主張しているメッセージを確認できます。",
  "check.message_embed": "このメッセージには埋め込みしかありません。言葉で何かを主張しているメッセージを確認できます。",
  "check.message_empty": "このメッセージには本文がありません。言葉で何かを主張しているメッセージを確認できます。",
  "explanation.unverified": "これを裏付ける出典はありません。誰かの発言にもとづくものです。",
  "explanation.opinion_view": "これは意見で、確認できる事実ではありません。出典の中でいちばん近い見解を下に示します。",
  "explanation.opinion": "これは意見で、確認できる事実ではありません。出典にもこれについての見解はありません。",
  "explanation.not_covered": "記事の資料にはこれを判断できる記述がないため、判定はしません。",
  "explanation.notes_differ": "出典についての私たちのメモには、下のとおり異なる内容が書かれています。",
  "explanation.notes_agree": "出典についての私たちのメモにも、下のとおり同じ内容が書かれています。",
  "explanation.same_figure": "出典についての私たちのメモにも、下のとおり同じ数字があります。",
  "explanation.other_figure": "出典についての私たちのメモには、下のとおり別の数字があります。",
  "explanation.not_sure":
    "出典には近い内容がありますが、その言い方のとおりだと確認するには足りないため、判定はしません。",
  "explanation.bound_elsewhere": "出典についての私たちのメモでは、下のとおりその数字は別のものについての数字です。",
  "explanation.other_direction": "出典についての私たちのメモでは、下のとおり逆の方向に動いています。",
  "explanation.mixed": "出典では両方の結果があり、下のとおり、項目によってどちらも上回っています。",
  "explanation.overstated":
    "出典にはその数字がありますが、それがすべてだとは書かれていません。下のとおり、条件付きでのみ正しい内容です。",
  "explanation.reported_only":
    "これについての唯一の出典は確認なしに伝えているだけなので(下のとおり)、未確認のままです。",
  "explanation.not_in_article": "記事はそうは書いていません。その数字は下の出典についての私たちのメモにあるものです。",

  "stats.in_a_dm":
    "{/stats} は 1 つのサーバーの質問を表示します。そのサーバーで使ってください（サーバー管理の権限が必要です）。",
  "stats.no_database": "ここでは何も記録していません。このボットはデータベースなしで動いているため、数字はありません。",
  "stats.title": "このサーバーの質問（過去 {days} 日間）",
  "stats.recording_off": "⚠️ 記録停止中：現在ストレージに書き込めないため、新しい質問や投票は保存されません。",
  "stats.no_latency": "まだなし",
  "stats.top": "よくある質問",
  "stats.to_improve": "お断りした質問と 👎 がついた質問（knowledge/ の改善に）",
  "stats.none": "なし。",
  "stats.knowledge_stale":
    "⚠️ knowledge/ の前回の再読み込みに失敗しました（問題 {problems} 件、最初は {file}）。回答は以前に読み込んだ知識から続けています。npm run knowledge:check で一覧できます。",
  "stats.footer": "{date} 以降。npm run report ですべてのサーバーを表示します。",

  "vote.bad_id": "このボタンは私のものではありません。{/ask} で質問すると新しいボタンが表示されます。",
  "vote.expired":
    "この回答は期限切れのため、投票は保存されません。{/ask} でもう一度質問して、新しい回答に投票してください。",
  "vote.off": "申し訳ありません。今は投票を記録できません（ストレージが利用できません）。投票は保存されませんでした。",
  "vote.up": "この回答への 👍 を記録しました。ありがとうございます。",
  "vote.up_changed": "この回答への投票を 👍 に変更しました。ありがとうございます。",
  "vote.down_title": "👎 を記録しました。何が違いましたか？",
  "vote.down_changed_title": "👎 に変更しました。何が違いましたか？",
  "vote.reason_label": "何が違いましたか？（任意）",
  "vote.down_without_note": "この回答への 👎 を記録しました（メモなし）。ありがとうございます。",
  "vote.no_longer_down": "この回答への投票は 👎 ではなくなったため、メモは保存されませんでした。",
  "vote.noted": "👎 とメモを記録しました。ありがとうございます。出典の改善に役立てます。",
  "button.elsewhere": "このボタンはここのものではないため、何もしませんでした。",
  "button.not_kept": "その回答を記録できなかったため、このボタンは今は使えません。{/ask} でもう一度質問してください。",
  "vote.note_off":
    "申し訳ありません。今はメモを記録できません（ストレージが利用できません）。メモは保存されませんでした。",
  "stats.managers_only": "{/stats} はサーバー管理者向けです。ここで「サーバー管理」の権限が必要です。",
  "stats.listing":
    "一覧に出るのはこのチャンネルで公開された質問だけです。非公開の質問は数には入りますが、一覧には出ません。",
  "followup.thread_failed":
    "今はスレッドを開けませんでした。ここで {/ask} を使って続きの質問をするか、少ししてからもう一度ボタンを押してください。",
  "help.heading_commands": "コマンド",
  "help.item_ask": "{/ask} 質問する（英語で）。例：{examples}",
  "help.item_summary": "{/summary} 記事を 1 通のメッセージで要約 · {/sources} 読んだ資料の一覧",
  "help.item_check":
    "{/check} 主張を確認する。例：「R1 cost $5.5M to train」。またはメッセージを右クリック → アプリ → {menu}",
  "help.item_stats": "{/stats}（サーバー管理者向け）今週ここで聞かれたことと、答えられなかった質問",
  "help.item_votes": "回答の下の 👍 / 👎 で、役に立ったかを管理者に伝えられます。👎 では何が違ったかも書けます",
  "help.heading_verdicts": "判定マーク（{/check} の回答）",
  "help.heading_private": "非公開の回答",
  "help.private_text":
    "{/ask}、{/check}、{/summary} で {private} を True にすると、回答は自分だけに表示されます。{menu} は常に非公開です。",
  "help.heading_pace": "ペース",
  "stats.questions_text": "質問： {questions} · お断り： {declined}",
  "stats.votes_text": "👍 {up} · 👎 {down} · 応答時間の中央値： {latency}",
} satisfies Catalogue;
