namespace Marsad.Bench.Generator;

/// <summary>What the generated press reports.</summary>
internal enum EventKind
{
    /// <summary>A phone call between two officials.</summary>
    Phone,

    /// <summary>A visit: the first party travels, the second receives them in their country.</summary>
    Visit,

    /// <summary>Two officials meet in a third country, on the sidelines of a gathering.</summary>
    Sidelines,

    /// <summary>Foreign ministers of three or four states meet.</summary>
    Multilateral,

    /// <summary>An official accuses another state.</summary>
    Accuse,

    /// <summary>A state summons another's ambassador in protest.</summary>
    Summon,

    /// <summary>A state imposes sanctions on another.</summary>
    Sanction,
}

/// <summary>One phrasing, named so that the benchmark can say which phrasings the pipeline misses.</summary>
internal sealed record Template(string Id, string Text);

/// <summary>
/// The phrasings of each kind of report: headlines, lead sentences that report the event, and a
/// follow-up sentence that refers back to it. Slots: {A} {B} first mentions, {Ap} {Bp} first
/// mentions as the other's peer, {a} {b} names, {an} {bn} office nouns, {W} the day, {C} the
/// city, {CA} {CB} the states, {T} {T2} topics, {TS} a short topic, {F} a gathering, {CL} the
/// states of a multilateral meeting, {N} ثلاثي/رباعي ({Na} ثلاثيا/رباعيا), {PL} its participants; directed reports:
/// {S} {Ts} source and target states, {Sf} the source's feminine adjective, {Tm} the target's
/// masculine one, {R} the grievance, {E} who sanctions hit.
/// </summary>
internal static class Templates
{
    private static Template[] Named(string kind, params string[] texts) =>
        texts.Select((t, i) => new Template($"{kind}.{i + 1}", t)).ToArray();

    public static readonly IReadOnlyDictionary<EventKind, Template[]> Headlines = new Dictionary<EventKind, Template[]>
    {
        [EventKind.Phone] = Named("phone-head",
            "{a} و{b} يبحثان هاتفيا {TS}",
            "اتصال هاتفي بين {an} و{bn}",
            "{a} يتلقى اتصالا من {b} حول {TS}",
            "{a} و{b} يناقشان {TS} في اتصال هاتفي"),
        [EventKind.Visit] = Named("visit-head",
            "{b} يستقبل {a} في {C}",
            "{a} يبحث في {C} مع {b} {TS}",
            "{a} يصل إلى {C} في زيارة رسمية",
            "محادثات بين {a} و{b} في {C}"),
        [EventKind.Sidelines] = Named("side-head",
            "{a} و{b} يلتقيان على هامش {F}",
            "لقاء بين {a} و{b} في {C}",
            "{a} يبحث مع {b} في {C} {TS}"),
        [EventKind.Multilateral] = Named("multi-head",
            "اجتماع {N} لوزراء خارجية {CL} في {C}",
            "وزراء خارجية {CL} يبحثون في {C} {TS}"),
        [EventKind.Accuse] = Named("accuse-head",
            "{a} يتهم {Ts} {R}",
            "{S} تتهم {Ts} {R}"),
        [EventKind.Summon] = Named("summon-head",
            "{S} تستدعي السفير {Tm} احتجاجا على {R}",
            "احتجاج رسمي من {S} لدى سفير {Ts}"),
        [EventKind.Sanction] = Named("sanction-head",
            "{S} تفرض عقوبات جديدة على {Ts}",
            "عقوبات جديدة من {S} على {Ts}"),
    };

    public static readonly IReadOnlyDictionary<EventKind, Template[]> Leads = new Dictionary<EventKind, Template[]>
    {
        [EventKind.Phone] = Named("phone",
            "تلقى {A} اتصالا هاتفيا {W} من {Bp}، جرى خلاله بحث {T}.",
            "أجرى {A}، {W}، اتصالا هاتفيا مع {Bp}، تناول {T}.",
            "بحث {A} مع {Bp} في اتصال هاتفي {W} {T}.",
            "هاتف {A} {W} {Bp}، وتبادل الجانبان وجهات النظر بشأن {T}.",
            "تباحث {A} و{Bp} هاتفيا {W} حول {T}.",
            "في اتصال هاتفي جرى {W}، ناقش {A} مع {Bp} {T}.",
            "تلقى {A} {W} مكالمة هاتفية من {Bp}، جرى خلالها استعراض {T}.",
            "جرى {W} اتصال هاتفي بين {A} و{Bp}، تركز على {T}."),
        [EventKind.Visit] = Named("visit",
            "استقبل {B} {W} في {C} {Ap}، وبحث معه {T}.",
            "وصل {A} {W} إلى {C} في زيارة رسمية، حيث التقى {Bp}، وبحثا {T}.",
            "التقى {A} {W} في {C} {Bp}، في مستهل زيارة يقوم بها إلى {CB}.",
            "أجرى {A} {W} في {C} محادثات مع {Bp} تناولت {T}.",
            "بحث {B} لدى استقباله {Ap} {W} في {C} {T}.",
            "خلال زيارته إلى {CB}، اجتمع {A} {W} في {C} مع {Bp}، وتناول الجانبان {T}.",
            "استقبل {B}، {W}، {Ap} في {C}، وجرى خلال اللقاء بحث {T}."),
        [EventKind.Sidelines] = Named("side",
            "التقى {A} {Bp} {W} على هامش {F} في {C}.",
            "بحث {A} مع {Bp}، على هامش مشاركتهما في {F} المنعقد في {C}، {W}، {T}.",
            "عقد {A} و{Bp} لقاء ثنائيا {W} في {C}، على هامش أعمال {F}.",
            "على هامش {F} في {C}، اجتمع {A} {W} مع {Bp}، وتناول الاجتماع {T}.",
            "جمع لقاء {W} بين {A} و{Bp} في {C}، وذلك على هامش {F}."),
        [EventKind.Multilateral] = Named("multi",
            "عقد وزراء خارجية {CL} اجتماعا {W} في {C} لبحث {T}.",
            "استضافت {C} {W} اجتماعا وزاريا {Na} ضم وزراء خارجية {CL}، خصص لبحث {T}.",
            "اجتمع وزراء خارجية {CL} {W} في {C}، وناقشوا {T}."),
        [EventKind.Accuse] = Named("accuse",
            "اتهم {A} {W} {Ts} {R}.",
            "اتهمت وزارة الخارجية {Sf}، في بيان {W}، {Ts} {R}.",
            "حمل {A} {W} {Ts} مسؤولية التصعيد الأخير، واتهمها {R}."),
        [EventKind.Summon] = Named("summon",
            "استدعت وزارة الخارجية {Sf} {W} سفير {Ts} لدى {S}، وأبلغته احتجاجها على {R}.",
            "استدعت {S} {W} السفير {Tm} لديها، احتجاجا على {R}.",
            "استدعى {A} {W} سفير {Ts}، وسلمه مذكرة احتجاج رسمية على {R}."),
        [EventKind.Sanction] = Named("sanction",
            "فرضت {S} {W} عقوبات جديدة على {E} في {Ts}، {R}.",
            "أعلنت وزارة الخارجية {Sf} {W} فرض عقوبات على {E} على صلة بحكومة {Ts}، {R}.",
            "أعلنت الحكومة {Sf} {W} حزمة عقوبات جديدة تستهدف {Ts}، {R}.",
            "فرضت {S}، {W}، عقوبات اقتصادية على {Ts} {R}."),
    };

    public static readonly IReadOnlyDictionary<EventKind, Template[]> FollowUps = new Dictionary<EventKind, Template[]>
    {
        [EventKind.Phone] = Named("phone-more",
            "وخلال الاتصال، تطرق {a} و{b} إلى {T2}.",
            "كما تناول الاتصال {T2}، واتفق الجانبان على إبقاء قنوات التواصل مفتوحة.",
            "وأشار بيان رسمي إلى أن الجانبين تبادلا التقييمات حول {T2}."),
        [EventKind.Visit] = Named("visit-more",
            "وتناول اللقاء، الذي حضره عدد من كبار المسؤولين في البلدين، {T2}.",
            "وعقب المحادثات، أكد {a} و{b} في تصريحات للصحفيين أهمية {T2}.",
            "وتطرق الجانبان كذلك إلى {T2}."),
        [EventKind.Sidelines] = Named("side-more",
            "وتناول اللقاء أيضا {T2}.",
            "وتطرق {a} و{b} إلى {T2}، بحسب بيان صدر عقب اللقاء."),
        [EventKind.Multilateral] = Named("multi-more",
            "وشارك في الاجتماع {PL}.",
            "وضم الاجتماع {PL}، وتناول كذلك {T2}."),
        [EventKind.Accuse] = Named("accuse-more",
            "وجاءت هذه الاتهامات في ظل خلافات متراكمة بين {S} و{Ts}.",
            "ودعا المسؤول المجتمع الدولي إلى تحمل مسؤولياته إزاء ما يجري."),
        [EventKind.Summon] = Named("summon-more",
            "وأكدت الوزارة أنها تحتفظ بحقها في اتخاذ ما تراه مناسبا من إجراءات.",
            "وشددت {S} على ضرورة تقديم توضيحات رسمية بشأن ما جرى."),
        [EventKind.Sanction] = Named("sanction-more",
            "وتشمل الإجراءات تجميد الأصول وحظر التعامل مع الجهات المدرجة.",
            "وقالت الوزارة إن القائمة قابلة للتوسيع إذا استمرت الأنشطة نفسها."),
    };
}
