using System.Collections.Generic;
using System.Runtime.CompilerServices;
using PromptAnalyzers.Text.Facts.Segmentation;

namespace PromptAnalyzers.Text.Facts.Lexicon;

/// <summary>What a heading, an XML tag or a "Label:" line announces: reference material, instructions, examples or a FAQ.</summary>
internal static class HeadingLexicon
{
    /// <summary>Heading words that announce reference material.</summary>
    private static readonly string[] KnowledgeHeadingWords =
    {
        "house rule", "hausordnung", "règlement intérieur", "normas de la casa", "regolamento", "regulamento", "nội quy", "利用規約", "이용 규칙",
        "fact", "knowledge", "information", "info", "faq", "polic", "pricing", "price", "prices", "menu", "catalog", "hours", "contact", "about", "plans", "fees",
        "terms", "timetable", "schedule", "locations", "reference", "details", "share", "tell them", "mention", "known issues", "offers", "tariff", "services", "benefits",
        "fakten", "wissen", "informationen", "preis", "öffnungszeiten", "kontakt", "leistungen", "angebot", "tarif", "hinweis",
        "hechos", "información", "precio", "horario", "contacto", "tarifa", "política", "servicios", "condiciones",
        "faits", "connaissances", "informations", "prix", "horaires", "tarif", "politique", "offres", "conditions",
        "fatti", "informazioni", "prezz", "orari", "contatti", "tariff", "condizioni", "servizi",
        "fatos", "informações", "preço", "horário", "contato", "contacto", "política", "condições",
        "факты", "справка", "информация", "цены", "тариф", "условия", "контакты", "график", "часы работы",
        "thông tin", "bảng giá", "giá cả", "giá bán", "thực đơn", "giờ mở cửa", "liên hệ", "địa chỉ", "chính sách", "dịch vụ", "sản phẩm", "khuyến mãi",
        "informasi", "harga", "jam buka", "jam operasional", "kontak", "alamat", "kebijakan", "layanan", "produk", "tentang", "promo",
        "信息", "資訊", "资料", "資料", "知识", "知識", "价格", "價格", "价目", "價目", "菜单", "菜單", "营业时间", "營業時間", "联系", "聯繫", "地址", "政策", "退换货", "退換貨", "服务", "服務", "套餐", "费用", "費用", "门店", "門店", "产品", "產品", "优惠", "優惠",
        "情報", "料金", "価格", "メニュー", "営業時間", "連絡先", "所在地", "ポリシー", "サービス", "店舗", "商品", "会社概要",
        "정보", "가격", "요금", "메뉴", "영업시간", "연락처", "주소", "정책", "서비스", "매장", "상품", "혜택",
    };

    private static readonly string[] InstructionHeadingWords =
    {
        "rule", "guideline", "instruction", "guidance", "format", "output", "style", "tone", "how to", "behav", "who you are", "role", "task", "persona",
        "schema", "response", "constraint", "goal", "step", "tool", "process", "procedure", "workflow", "do not", "never", "sections", "structure", "criteria", "rubric", "scoring", "requirement",
        "anforderung", "requisito", "exigence", "requis", "требовани", "persyaratan", "要件", "요구",
        "regeln", "richtlinien", "anweisungen", "ausgabe", "stil", "aufgabe", "reglas", "instrucciones", "formato", "salida", "estilo", "tarea",
        "règles", "consignes", "sortie", "tâche", "regole", "istruzioni", "compito", "regras", "instruções", "saída", "tarefa",
        "правила", "инструкци", "формат", "стиль", "задача", "разделы",
        "quy tắc", "hướng dẫn", "yêu cầu", "định dạng", "đầu ra", "nhiệm vụ", "vai trò", "bước", "lưu ý", "ràng buộc",
        "aturan", "instruksi", "panduan", "keluaran", "tugas", "peran", "langkah", "batasan", "catatan",
        "规则", "規則", "要求", "指令", "说明", "說明", "格式", "输出", "輸出", "任务", "任務", "步骤", "步驟", "角色", "注意", "约束", "約束", "限制",
        "ルール", "指示", "手順", "出力", "形式", "フォーマット", "タスク", "役割", "制約",
        "규칙", "지침", "지시", "출력", "형식", "작업", "역할", "단계", "제약", "주의",
    };

    private static readonly string[] ExampleHeadingWords =
    {
        "example", "sample", "few-shot", "beispiel", "ejemplo", "exemple", "esempi", "exemplo", "пример", "приклад", "voorbeeld", "przykład", "örnek", "input", "demo",
        "ví dụ", "mẫu", "contoh", "示例", "例子", "范例", "範例", "样例", "樣例", "例", "サンプル", "예시", "예제", "샘플",
    };

    private static readonly string[] RubricHeadingWords = { "rubric", "grading", "scoring", "score guide", "bewertungsschema", "rúbrica", "grille d'évaluation", "griglia di valutazione", "шкала оцен", "thang điểm", "rubrik", "评分标准", "評分標準", "評価基準", "채점 기준" };

    private static readonly string[] FaqHeadingWords = { "faq", "q&a", "frequently", "câu hỏi thường gặp", "pertanyaan umum", "常见问题", "常見問題", "よくある質問", "자주 묻는 질문" };

    [MethodImpl(CompileOptions.AggressiveOptimization)]
    internal static SectionKind Classify(string heading)
    {
        string h = heading.ToLowerInvariant();
        foreach (string w in CueLexicon.VerbatimCues)
        {
            if (h.Contains(w))
            {
                return SectionKind.Verbatim;
            }
        }

        // "Mention that:", "Remember that:": the lines below are statements to pass on
        string opening = h.TrimEnd(' ', ':', '\uFF1A');
        foreach (string w in CueLexicon.StatementIntroducers)
        {
            if (opening.EndsWith(w, System.StringComparison.Ordinal))
            {
                return SectionKind.Verbatim;
            }
        }

        foreach (string w in ExampleHeadingWords)
        {
            if (h.Contains(w))
            {
                return SectionKind.Example;
            }
        }

        foreach (string w in RubricHeadingWords)
        {
            if (h.Contains(w))
            {
                return SectionKind.Example; // a grading rubric: its values describe what to grade, like an example
            }
        }

        foreach (string w in FaqHeadingWords)
        {
            if (h.Contains(w))
            {
                return SectionKind.Faq;
            }
        }

        foreach (string w in KnowledgeHeadingWords)
        {
            if (h.Contains(w))
            {
                return SectionKind.Knowledge;
            }
        }

        foreach (string w in InstructionHeadingWords)
        {
            if (h.Contains(w))
            {
                return SectionKind.Instructions;
            }
        }

        return SectionKind.Neutral;
    }
}
