namespace OpsBot.Skills.Demo;

/// <summary>Names common in Quebec and in English Canada, and company names, for synthetic accounts.</summary>
internal static class SyntheticNames
{
    public static readonly string[] FrenchFirst =
    [
        "Jean", "Marie", "Pierre", "Louise", "Jacques", "Sylvie", "François", "Hélène", "Michel", "Geneviève", "André",
        "Isabelle", "Luc", "Nathalie", "Benoît", "Chantal", "Stéphane", "Josée", "Éric", "Mélanie", "Sébastien",
        "Véronique", "Mathieu", "Émilie", "Guillaume", "Anne-Marie", "Jean-François", "Marie-Ève", "Étienne", "Noémie",
        "Gaétan", "Réjean", "Ginette", "Céline", "Raphaël", "Léa", "Zoé", "Félix", "Maxime", "Océane",
    ];

    public static readonly string[] FrenchLast =
    [
        "Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie", "Fortin", "Gagné", "Ouellet",
        "Pelletier", "Bélanger", "Lévesque", "Bergeron", "Leblanc", "Paquette", "Girard", "Simard", "Boucher", "Caron",
        "Beaulieu", "Cloutier", "Dubé", "Poirier", "Fournier", "Lapointe", "Leclerc", "Lefebvre", "Poulin", "Thibault",
        "St-Pierre", "Nadeau", "Martin", "Landry", "Martel", "Bédard", "Grenier", "Lessard", "Bernier", "Désilets",
        "Émond", "Thériault", "Hébert", "D'Amours", "Lachance", "Séguin", "Provencher", "Vézina", "Perreault",
    ];

    public static readonly string[] EnglishFirst =
    [
        "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth", "William",
        "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Charles", "Karen", "Daniel", "Nancy",
        "Matthew", "Lisa", "Anthony", "Margaret", "Mark", "Sandra", "Paul", "Ashley", "Steven", "Emily", "Andrew",
        "Donna", "Joshua", "Michelle", "Kevin", "Amanda", "Brian", "Melissa", "Priya", "Wei", "Raj", "Mei", "Ahmed",
    ];

    public static readonly string[] EnglishLast =
    [
        "Smith", "Brown", "Wilson", "MacDonald", "Taylor", "Campbell", "Anderson", "Jones", "Johnson", "Williams",
        "Thompson", "Stewart", "Lee", "Martin", "White", "Young", "Robinson", "Clark", "Scott", "Walker", "Mitchell",
        "Morrison", "Reid", "Fraser", "Ross", "Murray", "Graham", "Hamilton", "Kelly", "O'Brien", "Miller", "Davis",
        "Moore", "Thomson", "Wright", "Patel", "Singh", "Chen", "Wong", "Nguyen", "Kim", "Ali", "Khan", "Sharma",
        "McKenzie", "Sutherland", "Cameron", "Henderson", "Baker", "Hughes",
    ];

    public static readonly string[] CompanyWords =
    [
        "Boréal", "Laurentides", "Nordik", "Maple", "Summit", "Pacific", "Atlantic", "Horizon", "Prairie", "Cèdre",
        "Érable", "Northern", "Granite", "Riverside", "Harbour", "Lakeshore", "Vallée", "Outaouais", "Fleuve", "Rocky",
    ];

    public static readonly string[] CompanyKinds =
    [
        "Construction", "Transport", "Solutions", "Logistique", "Consulting", "Services", "Distribution", "Rénovation",
        "Technologies", "Alimentation", "Design", "Plomberie", "Electric", "Marketing", "Immobilier",
    ];

    public static readonly string[] CompanySuffixes = ["Inc.", "Ltd.", "Ltée", "Corp.", "inc.", "S.E.N.C.", "Limited", "Enr."];

    /// <summary>Names that belong to nobody on file: payers of other issuers who chose the wrong payee.</summary>
    public static readonly string[] StrangerLast =
    [
        "Zabłocki", "Okonkwo", "Haraldsen", "Quispe", "Vasquez-Ortega", "Yamamoto", "Abernathy", "Kowalczyk",
        "Lindqvist", "Papadopoulos", "Fitzgerald-Hale", "Nakamura", "Oyelaran", "Delacroix-Barre", "Ivanova",
    ];

    public static readonly string[] FrenchProvinces = ["QC", "QC", "QC", "QC", "NB", "ON"];
    public static readonly string[] EnglishProvinces = ["ON", "ON", "ON", "BC", "AB", "MB", "SK", "NS", "NL", "PE", "QC"];
}
