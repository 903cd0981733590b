/**
 * Clutter labels as DATA: the heading or label a widget carries, per reason, in English, German,
 * French and Spanish. Real sites obfuscate class names (css-1q2w3e) but must show readers a label,
 * so the label is the most stable signal we have. Each entry is a regex source matched against the
 * WHOLE normalised label (lower case, accents kept, punctuation folded), so "Related" matches the
 * heading "Related stories" but not a paragraph that merely starts with the word.
 * Table-tested through the label matcher in tests/core/declutter/label-match.test.ts.
 */
import type { HiddenReason } from '../types.js';

export const LABEL_PHRASES: Readonly<Record<HiddenReason, readonly string[]>> = {
  feedback: [
    'help us improve( this (page|site))?', 'was this (article|page|story|information) (helpful|useful)',
    'did you find this (article|page|story)? (helpful|useful)', 'rate this (article|story)', 'give( us)? feedback', 'feedback',
    'how (useful|helpful) was this (article|page|story)', 'tell us what you think',
    'war (dieser|der) (artikel|beitrag|text) hilfreich', 'helfen sie uns', 'ihre meinung (ist gefragt|zählt)', 'feedback geben',
    'cet article vous a(-t-il)? (été|paru) utile', 'aidez-nous à (nous )?améliorer', 'donnez votre avis', 'votre avis (nous intéresse|compte)',
    '(te|le) (ha )?(resultado|parecido|sido) útil (este|esta) (artículo|noticia)', 'ayúdanos a mejorar', 'danos tu opinión', 'tu opinión (nos )?importa',
    // Italian, Dutch, Portuguese, Czech, Chinese, Japanese
    'questo articolo (ti )?è stato utile', 'aiutaci a migliorare', 'was dit artikel nuttig', 'help ons (te )?verbeteren', 'este artigo (foi )?útil', 'ajude-nos a melhorar',
    'byl (pro vás )?tento článek užitečný', 'pomozte nám (se )?zlepšit', '您此时的心情', '文章(对您)?有帮助吗', '这篇文章(对您)?有(用|帮助)吗', 'この記事は役に立ちましたか', '(give feedback|survey|reader survey|take (our|the) survey)',
    "(something'?s|something is) different right", '(submit|send|suggest) (a )?corrections?', 'report (an|a) (error|typo|mistake)', 'fehler (melden|gefunden)', 'signaler une erreur', 'reportar (un )?error', '(help us improve|helfen sie uns).{0,60}',
  ],
  trending: [
    'trending( now| stories| news| topics)?', 'most (read|popular|viewed|shared|commented|watched)( stories| articles| news)?', 'popular( now| stories| articles| today| right now)?',
    "what's hot", 'top stories', 'most read (today|this week)', 'hot (topics|stories)',
    'meistgelesen(e)?( artikel| nachrichten)?', 'meist(gesehen|kommentiert|geteilt)(e)?', 'beliebt(e|este)?( artikel| beiträge)?', 'im trend', 'top-?(themen|artikel)',
    'les plus (lus|populaires|partagés|commentés|vus)', 'articles les plus lus', 'tendances?', 'à la une', 'populaires?',
    'lo más (leído|visto|popular|compartido|comentado)', 'más (leídas|leídos|vistas|vistos|populares)', 'noticias más leídas', 'tendencias?',
    'più letti', 'i più letti', 'più popolari', 'di tendenza', 'meest gelezen', 'populair', 'trending nu', 'mais lidas', 'mais lidos', 'mais populares', 'em alta',
    'nejčtenější', 'nejčtenější články', 'populární', '热门(文章|新闻|推荐|排行)?', '热点(新闻)?', '排行榜?', '阅读排行', '点击排行', '人気(記事|ランキング)?', 'アクセスランキング', 'ランキング', '인기 ?(기사|뉴스)?', '많이 본 (기사|뉴스)',
    "editor'?s? (picks|choice|recommendations)", '.{1,30} trends', 'hot topics', 'active (forum )?topics', '值班总编推荐', '编辑推荐', '推荐阅读',
  ],
  related: [
    'related( articles| stories| news| content| coverage| reading| links| posts| videos| roundups?| guides?)?', 'read next', 'read more', 'read more( on| about) .{1,40}',
    'more (from|on|about) .{1,40}', 'more (stories|news|articles|headlines|to explore)', 'more .{1,30} (stories|articles|news)', 'more in .{1,30}', 'recommended( related)?( for you| stories| articles| reading| news)?',
    'you (may|might) also (like|be interested( in)?|enjoy)', "don't miss", 'do not miss', 'see also', 'also read', 'also on .{1,30}', 'further reading',
    'editors?.? picks', 'in (other|case you missed it)( news)?', 'latest( news| stories| articles| headlines)?', 'up next', 'what to read next', 'keep reading',
    'mehr zum thema', 'mehr (aus|von|zu) .{1,30}', 'weitere (artikel|beiträge|nachrichten|themen)', 'das könnte sie (auch|ebenfalls) interessieren', 'auch interessant',
    'lesen sie auch', 'empfohlen(e artikel)?', 'verwandte (artikel|themen)', 'zum weiterlesen', 'neueste (artikel|nachrichten)',
    'à lire aussi', 'lire aussi', 'sur le même (sujet|thème)', 'vous aimerez (aussi|également)', 'à voir aussi', 'articles (similaires|liés|recommandés)', 'plus d.?articles', 'dans la même rubrique', 'à découvrir( aussi)?', 'les dernières (actualités|infos)',
    'te puede interesar', 'también te puede interesar', 'noticias relacionadas', 'relacionad(o|a)s', 'lee también', 'le(e|a) también', 'más (de|sobre|noticias de) .{1,30}', 'más noticias', 'recomendad(o|a)s', 'últimas noticias', 'quizá te interese',
    'leggi anche', 'potrebbe interessarti', 'articoli correlati', 'altre notizie', 'ti potrebbe interessare', 'correlati', 'lees ook', 'meer over (dit onderwerp|.{1,30})', 'gerelateerde artikelen', 'meer nieuws',
    'leia (também|mais)', '(veja|ver) (também|mais)', 'ver también', 'notícias relacionadas', 'mais notícias', 'relacionados', 'čtěte (také|též)', 'související (články|zprávy)?', 'další (články|zprávy)',
    '相关(文章|新闻|阅读|推荐|链接)?', '相關(文章|新聞|閱讀)?', '延伸阅读', '更多(新闻|文章)', '関連(記事|ニュース)?', 'あわせて読みたい', '관련 ?(기사|뉴스)?',
    'related to .{1,40}', 'latest .{1,30} (headlines|news|stories|articles|features|exclusives)', "(today'?s|more|other) headlines", 'elsewhere (on|in|at|from) .{1,30}', 'next (story|article|up)', 'previous (story|article)', '(next|previous) story', 'today on .{1,30}', 'top picks', 'more news', 'featured( stories| articles)?',
    'features( (and|&) analysis)?',
  ],
  newsletter: [
    '(sign up|subscribe) (for|to) (our|the|my) .{0,40}newsletters?', 'newsletters?( sign-?up)?', '.{0,40} newsletters?', 'get (the|our) .{1,40} (in|to) your inbox', 'sign up( now| today| for free)?',
    '(stay|keep) (informed|in the know|up to date)', 'get (breaking )?news alerts', '.{0,30}(delivered )?(straight |direct(ly)? )?to your inbox',
    'newsletter abonnieren', 'jetzt (anmelden|abonnieren)', '.{0,30}newsletter( bestellen| abonnieren)?', 'melden sie sich (jetzt )?an',
    'inscrivez-vous( à (notre|la) newsletter)?', 'abonnez-vous à (notre|la) (newsletter|lettre)', 'recevez (notre|la) newsletter', 'lettre d.?information',
    'suscríbete( a (nuestro|nuestra) (newsletter|boletín))?', 'boletín( de noticias)?', 'recibe (nuestro|nuestra|las) .{1,30}',
    'iscriviti alla (nostra )?newsletter', 'iscriviti', 'schrijf je in( voor (onze|de) nieuwsbrief)?', 'nieuwsbrief', 'inscreva-se( na (nossa )?newsletter)?', 'assine (a|nossa) newsletter',
    'přihlaste se k odběru( newsletteru)?', 'odebírejte newsletter', 'newsletter', '订阅(我们的)?(新闻|邮件)?', 'メールマガジン', 'ニュースレター', '뉴스레터', 'подписка на рассылку',
  ],
  share: [
    'share( this( article| story| page| post)?)?( on .{1,20})?', 'share (via|on) .{1,20}', 'share:?', 'copy link', 'email this (article|story)',
    'artikel teilen', 'teilen', 'diesen artikel teilen', 'link kopieren',
    'partager( cet article| sur .{1,20})?', 'copier le lien',
    'compartir( en .{1,20}| este artículo| esta noticia)?', 'comparte (este|esta) .{1,20}', 'copiar (el )?enlace',
    'condividi( questo articolo| su .{1,20})?', 'delen', 'deel (dit artikel|via .{1,20})', 'compartilhe?( este artigo| esta notícia)?', 'partilhar', 'sdílet( článek)?', '分享(到)?', 'シェア(する)?', '공유(하기)?', 'share this story',
  ],
  ad: [
    'advertisement', 'advertising', 'advert', 'ad', 'ads', 'sponsored', 'sponsored content', 'paid (content|post)', 'promoted( content)?',
    'story continues below( this)? advertisement', '(article|story) continues (below|after( this)? advertisement)', 'continue reading( the main story)? below', 'continue reading below',
    'anzeige', 'werbung', 'gesponsert', 'artikel (wird )?unter(halb)? der (anzeige|werbung) fortgesetzt', 'weiter nach der (anzeige|werbung)',
    'publicité', 'annonce', 'sponsorisé', "l'article continue (ci-dessous|après la publicité)", 'la suite après (cette )?(la )?publicité',
    'publicidad', 'anuncio', 'patrocinado', 'contenido patrocinado', 'sigue leyendo (debajo|después de la publicidad)', 'la noticia continúa (debajo|tras la publicidad)',
    'pubblicità', 'annuncio', 'sponsorizzato', 'advertentie', 'gesponsord', 'publicidade', 'patrocinado', 'reklama', 'inzerce', '广告', '廣告', '広告', 'スポンサー', '광고', 'реклама', 'from our sponsors?', 'advertiser content( from .{1,30})?',
  ],
  comments: [
    'comments?( \\d+)?', '\\d+ comments?', '(leave|post|add|write) a (comment|reply)', 'join the (conversation|discussion)', 'show comments', 'view comments', 'reader comments', 'conversation',
    'kommentare?( \\d+)?', '\\d+ kommentare?', 'kommentar (schreiben|verfassen)', 'diskutieren sie mit', 'leserkommentare',
    'commentaires?( \\d+)?', '\\d+ commentaires?', '(laisser|ajouter|écrire) un commentaire', 'réagir', 'réactions?',
    'comentarios?( \\d+)?', '\\d+ comentarios?', '(deja|deje|escribe|añade) (un|tu) comentario', 'participa en la conversación',
    'commenti( \\d+)?', '\\d+ commenti', 'lascia un commento', 'reacties?( \\d+)?', '\\d+ reacties', 'comentários?( \\d+)?', 'deixe (um|seu) comentário', 'komentáře( \\d+)?', 'diskuse',
    // "Log in to comment", "Comment activity: Sign up or login to join the discussions!"
    '.{0,30}(sign up|sign in|log ?in|register)( or (sign up|sign in|log ?in|register))? to (comment|join the (discussions?|conversation))',
    '评论(\\d+)?', '网友评论', 'コメント(\\d+)?', '댓글( \\d+)?', 'комментарии( \\d+)?', '(top rated|read all) comments', 'facebook conversations',
  ],
  // A sticky bar's label over the headline it repeats.
  'duplicate-title': ["(currently|now|you'?re|you are) reading", 'sie lesen( gerade)?', 'vous lisez', 'estás leyendo'],
  promo: [
    'subscribe( now| today)?', 'get (unlimited|full|digital) access', 'subscribe for .{1,40}', 'become a (member|subscriber|supporter)', 'support (our|independent) journalism',
    '(download|get) (the|our) .{0,30}app', 'try .{0,30} (free|for free)', 'special offer', 'limited (time )?offer', 'partner content', 'from our partners', 'around the web',
    'jetzt abonnieren', 'abo abschließen', 'jetzt testen', 'unsere app', 'angebot',
    "abonnez-vous( dès maintenant)?", 'offre spéciale', 'téléchargez (notre|l.)application', 'contenu partenaire',
    'suscríbete( ahora| ya)?', 'hazte (socio|suscriptor)', 'descarga (nuestra|la) app', 'oferta especial', 'contenido de socios',
    'abbonati( ora)?', 'scarica (la|la nostra) app', 'abonneer( nu)?', 'download (de|onze) app', 'assine( já| agora)?', 'baixe (o|nosso) app', 'předplaťte si', 'stáhněte si (naši )?aplikaci',
    'promoted( stories| links)?', 'sponsored (stories|links|content)( powered by .{1,30})?', 'from (around|across) the web', 'paid (content|partner|stories)', 'recommended by', 'powered by (outbrain|taboola)',
    'get our app', 'upcoming events', "buyer'?s'? guides?", '.{1,30} special sections', 'health solutions from our sponsors',
  ],
  cookie: [
    '.{0,80}\\b(we|this (web)?site) uses? cookies.{0,300}', '.{0,60}cookie (policy|settings|preferences|consent|notice).{0,300}', 'we value your privacy.{0,300}', 'your privacy choices?',
    '.{0,80}(verwendet|nutzt|setzt|verwenden|nutzen) cookies.{0,300}', 'cookie-?(einstellungen|hinweis|richtlinie).{0,300}', 'datenschutzeinstellungen.{0,300}',
    '.{0,80}(utilise|utilisons) (des )?cookies.{0,300}', 'gestion des cookies.{0,300}', 'paramètres des cookies.{0,300}',
    '.{0,80}(utiliza|utilizamos|usa|usamos) cookies.{0,300}', '(política|configuración) de cookies.{0,300}',
  ],
  audio: [
    'listen( to)?( this)? (article|story)( \\d+ min(ute)?s?)?', 'listen \\d+ min(ute)?s?', 'audio( version)?', 'play audio', 'listen( now)?', 'hear this (article|story)',
    '(artikel|beitrag) (an)?hören', 'vorlesen( lassen)?', 'anhören',
    'écouter( cet article| l.article)?', 'version audio',
    'escuchar( este artículo| la noticia| esta noticia)?', 'escucha (este artículo|esta noticia)', 'versión (en )?audio',
  ],
  video: [
    'videos?', '(latest|more|related|top|featured|recommended|watch) videos?', 'watch (more|next|now)', 'up next video', 'video playlist', 'channel .{1,30}', 'more videos from .{1,30}',
    'weitere videos', 'vidéos?', 'plus de vidéos', 'más videos', 'altri video', "video's", 'vídeos?', 'videa', '视频', '動画', '동영상', 'youtube',
  ],
  'author-bio': [
    'about the author', 'about (the )?writer', 'author bio', 'über (den|die) autor(in)?', 'zur person', "à propos de l'auteur", 'sobre el autor', "sull'autore", 'over de auteur', 'sobre o autor', 'o autorovi', '作者简介', '著者について',
  ],
  tags: [
    'tags?', 'tagged( with| in| as)?', 'topics?', 'related topics', 'themen', 'schlagwörter', 'schlagworte', 'mots-clés', 'sujets', 'etiquetas', 'temas', 'argomenti', 'onderwerpen', 'assuntos', 'štítky', 'témata', '标签', 'タグ', '태그', 'теги',
  ],
  breadcrumb: ['breadcrumbs?', 'you are here', 'sie sind hier', 'vous êtes ici', 'estás en', 'ti trovi in', 'u bent hier', 'você está aqui', 'jste zde', '当前位置', '您的位置'],
  'print-email': [
    '(print|email|e-mail)( this)?( article| story| page)?', 'print (article|story)', 'email a friend', '(order|purchase) reprints?', 'reprints?( (&|and) (permissions|licensing))?', 'purchase licensing rights',
    'request reprint( and licensing)?', 'drucken', 'artikel drucken', 'imprimer', 'imprimir', 'stampa', 'afdrukken', 'tisk', '打印',
  ],
  social: [
    'follow us( on .{1,30})?', 'follow .{1,30} on (twitter|x|facebook|instagram|linkedin|tiktok|youtube)', 'connect with us', 'join us on .{1,30}', 'find us on .{1,30}',
    'folgen sie uns( auf .{1,30})?', 'folge uns( auf .{1,30})?',
    'suivez-nous( sur .{1,30})?', 'rejoignez-nous( sur .{1,30})?',
    'síguenos( en .{1,30})?', 'síganos( en .{1,30})?',
    'seguici( su .{1,30})?', 'volg ons( op .{1,30})?', 'siga-nos( no .{1,30})?', 'sledujte nás( na .{1,30})?', '关注我们', 'フォローする', 'connect with .{1,30}', 'find us on',
  ],
};
