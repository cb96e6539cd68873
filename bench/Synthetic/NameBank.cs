namespace OpsBot.Bench.Synthetic;

/// <summary>
/// Names for synthetic Canadians, English and French, common ones far more often than rare ones (Zipf-like, as
/// surnames are: Tremblay and Smith are everywhere), plus a long tail of made-up surnames so that some names are
/// unique and some are shared by hundreds, as in a real book of a million accounts.
/// </summary>
internal static class NameBank
{
    public static readonly string[] EnglishFirst =
    [
        "James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda", "William", "Elizabeth",
        "David", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Charles", "Karen",
        "Christopher", "Nancy", "Daniel", "Lisa", "Matthew", "Margaret", "Anthony", "Betty", "Mark", "Sandra",
        "Donald", "Ashley", "Steven", "Dorothy", "Paul", "Kimberly", "Andrew", "Emily", "Joshua", "Donna",
        "Kenneth", "Michelle", "Kevin", "Carol", "Brian", "Amanda", "George", "Melissa", "Edward", "Deborah",
        "Ronald", "Stephanie", "Timothy", "Rebecca", "Jason", "Laura", "Jeffrey", "Sharon", "Ryan", "Cynthia",
        "Jacob", "Kathleen", "Gary", "Amy", "Nicholas", "Shirley", "Eric", "Angela", "Jonathan", "Helen",
        "Stephen", "Anna", "Larry", "Brenda", "Justin", "Pamela", "Scott", "Nicole", "Brandon", "Samantha",
        "Liam", "Olivia", "Noah", "Emma", "Ethan", "Charlotte", "Lucas", "Ava", "Owen", "Chloe", "Logan", "Hannah",
        "Connor", "Madison", "Graham", "Fiona", "Douglas", "Heather", "Wayne", "Colleen", "Harpreet", "Priya",
        "Wei", "Mei", "Arjun", "Aisha", "Mohammed", "Fatima", "Raj", "Ananya", "Hiroshi", "Yuki",
    ];

    public static readonly string[] FrenchFirst =
    [
        "Jean", "Marie", "Pierre", "Louise", "Michel", "Nathalie", "André", "Sylvie", "François", "Julie",
        "Luc", "Isabelle", "Marc", "Chantal", "Daniel", "Johanne", "Stéphane", "Lucie", "Alain", "Manon",
        "Yves", "Josée", "Denis", "Line", "Claude", "Diane", "Réjean", "Hélène", "Gilles", "Francine",
        "Sébastien", "Geneviève", "Mathieu", "Mélanie", "Frédéric", "Caroline", "Éric", "Véronique", "Benoît", "Catherine",
        "Jérôme", "Émilie", "Guillaume", "Annie", "Olivier", "Valérie", "Simon", "Karine", "Maxime", "Stéphanie",
        "Gabriel", "Chloé", "Félix", "Léa", "Samuel", "Rosalie", "Thomas", "Camille", "Alexis", "Océane",
        "Raphaël", "Béatrice", "Étienne", "Noémie", "Antoine", "Florence", "Nicolas", "Amélie", "Vincent", "Audrey",
        "Gaétan", "Ginette", "Normand", "Monique", "Raymond", "Huguette", "Serge", "Lise", "Guy", "Jocelyne",
        "René", "Céline", "Robert", "Danielle", "Jacques", "Nicole", "Martin", "Suzanne", "Patrick", "Carole",
        "Rémi", "Maude", "Hugo", "Ariane", "Zacharie", "Éloïse", "Mathis", "Justine", "Jérémie", "Marguerite",
    ];

    /// <summary>French compound given names: written with a hyphen, typed by banks with a space or not at all.</summary>
    public static readonly string[] FrenchCompoundFirst =
    [
        "Jean-Pierre", "Jean-François", "Jean-Guy", "Jean-Marc", "Jean-Philippe", "Marie-Ève", "Marie-Claude",
        "Marie-Josée", "Marie-Hélène", "Anne-Marie", "Pierre-Luc", "Marc-André", "Louis-Philippe", "Marie-Pier",
        "Jean-Sébastien", "Marie-Christine",
    ];

    public static readonly string[] EnglishSurnames =
    [
        "Smith", "Brown", "Wilson", "Johnson", "MacDonald", "Taylor", "Campbell", "Anderson", "Jones", "Martin",
        "Thompson", "Stewart", "Williams", "White", "Robinson", "Scott", "Clark", "Walker", "Young", "Miller",
        "Wright", "Thomson", "Murray", "Hall", "Lewis", "Roberts", "Mitchell", "Graham", "Fraser", "Reid",
        "Morrison", "Ross", "Hughes", "Kelly", "Wood", "Green", "Moore", "Harris", "King", "Baker",
        "Allen", "Hill", "Turner", "Cook", "Ward", "Morgan", "Bell", "Murphy", "Cooper", "Evans",
        "Patel", "Singh", "Li", "Wang", "Chen", "Nguyen", "Kim", "Khan", "Ali", "Gill",
        "O'Brien", "O'Neill", "McLean", "McKenzie", "MacLeod", "Sutherland", "Henderson", "Paterson", "Ferguson", "Hamilton",
        "Bennett", "Carter", "Collins", "Edwards", "Fisher", "Gordon", "Grant", "Gray", "Hunter", "Jackson",
        "Kennedy", "Lawson", "Marshall", "Mason", "Nelson", "Parker", "Phillips", "Price", "Reynolds", "Russell",
        "Saunders", "Shaw", "Simpson", "Spencer", "Stevens", "Sullivan", "Walsh", "Watson", "Webb", "Wells",
        "Armstrong", "Bishop", "Boyd", "Burns", "Chapman", "Crawford", "Cunningham", "Davidson", "Dixon", "Douglas",
        "Duncan", "Elliott", "Foster", "Gibson", "Hart", "Hayes", "Holmes", "Howard", "Hudson", "Jenkins",
        "Johnston", "Knight", "Lee", "Lloyd", "Matthews", "Mills", "Palmer", "Perry", "Porter", "Richardson",
        "Robertson", "Rogers", "Ryan", "Stone", "Tucker", "Wallace", "Warren", "West", "Wheeler", "Wong",
        "Zhang", "Liu", "Huang", "Sharma", "Gupta", "Kaur", "Dhillon", "Sandhu", "Grewal", "Tran",
    ];

    public static readonly string[] FrenchSurnames =
    [
        "Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie", "Fortin", "Gagné",
        "Ouellet", "Pelletier", "Bélanger", "Lévesque", "Bergeron", "Leblanc", "Paquette", "Girard", "Simard", "Boucher",
        "Caron", "Beaulieu", "Cloutier", "Dubé", "Poirier", "Fournier", "Lapointe", "Leclerc", "Lefebvre", "Poulin",
        "Thibault", "St-Pierre", "Nadeau", "Martin", "Landry", "Martel", "Bédard", "Grenier", "Lessard", "Bernier",
        "Richard", "Michaud", "Hébert", "Desjardins", "Couture", "Turcotte", "Lachance", "Parent", "Blais", "Gosselin",
        "Savard", "Proulx", "Beaudoin", "Demers", "Perron", "Boudreau", "Charbonneau", "Mercier", "Drolet", "Pépin",
        "D'Amours", "Lemieux", "Dion", "Leduc", "Vachon", "Sirois", "Jacques", "Ménard", "Dufour", "Deschênes",
        "Tessier", "Labelle", "Rousseau", "Dionne", "Goulet", "Lalonde", "Brassard", "Lacroix", "Marcotte", "Ross",
        "Plante", "Hamel", "Guay", "Rioux", "Paré", "Bisson", "Lemay", "Bilodeau", "Doucet", "Cormier",
        "Vaillancourt", "Desrosiers", "Labbé", "Gingras", "Chartrand", "Allard", "Champagne", "Lebrun", "Arsenault", "Boisvert",
        "Bourgeois", "Brunet", "Carrier", "Castonguay", "Chabot", "Daigle", "Duchesne", "Dumont", "Fontaine", "Fréchette",
        "Gélinas", "Giguère", "Houle", "Jolicoeur", "Laflamme", "Lambert", "Langlois", "Laroche", "Leboeuf", "Legault",
        "Lepage", "Major", "Moreau", "Nolet", "Ouellette", "Picard", "Poitras", "Rochon", "St-Onge", "Thériault",
        "Trudel", "Turgeon", "Vallée", "Veilleux", "Villeneuve", "Boily", "Harvey", "Laberge", "Gaudreault", "Bolduc",
        "de la Fontaine", "Lévesque-Bouchard", "St-Laurent", "L'Heureux", "Béland", "Cantin", "Côté-Gagnon", "Hudon", "Lizotte", "Sauvé",
    ];

    private static readonly string[] Onsets = ["B", "Br", "C", "Ch", "D", "F", "G", "Gr", "H", "K", "L", "M", "N", "P", "R", "S", "St", "T", "V", "W", "Z", "J", "Kr", "Pl"];
    private static readonly string[] Vowels = ["a", "e", "i", "o", "u", "ou", "ai", "au", "é", "ie", "y"];
    private static readonly string[] Codas = ["", "n", "r", "l", "s", "t", "rd", "ck", "x", "nn", "ll", "rs", "ski", "son", "ault", "ier", "eau", "ette", "berg", "ley"];

    /// <summary>A surname nobody else may have: the long tail of a real country's surnames.</summary>
    public static string MadeUpSurname(Random random)
    {
        var syllables = random.Next(2, 4);
        var text = "";
        for (var i = 0; i < syllables; i++)
            text += Onsets[random.Next(Onsets.Length)].ToLowerInvariant() + Vowels[random.Next(Vowels.Length)];
        text += Codas[random.Next(Codas.Length)];
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    /// <summary>Draws an index into a list, rank r with weight 1/(r+2): a few names very common, most rare.</summary>
    public sealed class Zipf
    {
        private readonly double[] _cumulative;

        public Zipf(int count)
        {
            _cumulative = new double[count];
            var sum = 0.0;
            for (var r = 0; r < count; r++) _cumulative[r] = sum += 1.0 / (r + 2);
        }

        public int Next(Random random)
        {
            var u = random.NextDouble() * _cumulative[^1];
            var i = Array.BinarySearch(_cumulative, u);
            return Math.Min(i < 0 ? ~i : i, _cumulative.Length - 1);
        }
    }

    public static readonly string[] CompanyTradesFr =
        ["Plomberie", "Toitures", "Transport", "Électrique", "Paysagement", "Rénovations", "Excavation", "Boulangerie", "Traiteur", "Pharmacie", "Quincaillerie", "Garage", "Menuiserie", "Déneigement"];

    public static readonly string[] CompanyTradesEn =
        ["Plumbing", "Roofing", "Logistics", "Electric", "Landscaping", "Consulting", "Construction", "Dental", "Bakery", "Catering", "Software", "Hardware", "Auto Repair", "Cleaning"];

    public static readonly string[] Places =
        ["Laurentides", "Outaouais", "Beauce", "Saguenay", "Mauricie", "Estrie", "Rive-Sud", "Lakeshore", "Rideau", "Fraser Valley", "Prairie", "Northern Maple", "Pacific", "Algonquin", "Bay Street", "Georgian Bay"];
}
