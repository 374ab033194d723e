# Targets at a glance
# Drawn by rapporteur 0.1.0 from targets_dashboard.csv: run gnuplot targets_dashboard.gp to draw it again after editing.
do for [FMT in 'png svg pdf'] {
    reset
    if (FMT eq 'png') { set terminal pngcairo size 1920,1080 font 'DejaVu Sans,15' fontscale 2 linewidth 2 noenhanced background rgb 'white' }
    if (FMT eq 'svg') { set terminal svg size 960,540 font 'DejaVu Sans,15' linewidth 1 noenhanced background rgb 'white' }
    if (FMT eq 'pdf') { set terminal pdfcairo size 16cm,9cm font 'DejaVu Sans,15' fontscale 0.4724 linewidth 0.5 noenhanced background rgb 'white' }
    set output 'targets_dashboard.'.FMT
set label 20 'significant progress' at graph 1.03, first 1 left offset 0,0.45 font ',12' textcolor rgb '#0072B2'
set label 21 'chance 51% · S+ M+ A+ R+ T+' at graph 1.03, first 1 left offset 0,-0.55 font ',10' textcolor rgb '#444444'
set encoding utf8
set datafile separator comma
set decimalsign '.'
set border 3 lc rgb '#444444' lw 1
set tics nomirror out scale 0.5 textcolor rgb '#333333'
set grid ytics lc rgb '#dddddd' lw 1 dt 1
set key at screen 0.97, screen 0.875 right top horizontal maxcols 3 Left reverse noautotitle samplen 1.5 spacing 1 width 1 font ',12'
set linetype 1 lc rgb '#0072B2' lw 2.5 pt 7 ps 1.2
set linetype 2 lc rgb '#E69F00' lw 2.5 pt 7 ps 1.2
set linetype 3 lc rgb '#009E73' lw 2.5 pt 7 ps 1.2
set linetype 4 lc rgb '#D55E00' lw 2.5 pt 7 ps 1.2
set linetype 5 lc rgb '#56B4E9' lw 2.5 pt 7 ps 1.2
set linetype 6 lc rgb '#CC79A7' lw 2.5 pt 7 ps 1.2
set linetype 7 lc rgb '#F0E442' lw 2.5 pt 7 ps 1.2
set linetype 8 lc rgb '#000000' lw 2.5 pt 7 ps 1.2
set linetype 11 lc rgb '#009E73' lw 2 pt 7 ps 2
set linetype 12 lc rgb '#0072B2' lw 2 pt 9 ps 2
set linetype 13 lc rgb '#E69F00' lw 2 pt 5 ps 2
set linetype 14 lc rgb '#D55E00' lw 2 pt 13 ps 2
set linetype 15 lc rgb '#CC79A7' lw 2 pt 11 ps 2
set linetype 16 lc rgb '#999999' lw 2 pt 1 ps 2
set linetype 17 lc rgb '#D55E00' lw 2 pt 3 ps 2
set label 101 'Targets at a glance' at screen 0.02, screen 0.955 left font ',19' textcolor rgb '#000000'
set label 102 'Progress towards each target, chance of meeting it, SMART audit' at screen 0.02, screen 0.90 left font ',13' textcolor rgb '#444444'
set label 103 'Source: Test data' at screen 0.02, screen 0.030 left font ',10' textcolor rgb '#555555'
set label 104 'insufficient progress, below 0 moving away.' at screen 0.02, screen 0.072 left font ',11' textcolor rgb '#333333'
set label 105 'Ratio = observed / required annual growth (Eurostat'."'".'s method): from 0.95 significant, 0.60-0.95 moderate, 0-0.60' at screen 0.02, screen 0.114 left font ',11' textcolor rgb '#333333'
set tmargin at screen 0.770
set bmargin at screen 0.229
set lmargin at screen 0.09
set rmargin at screen 0.97
set lmargin at screen 0.37
set rmargin at screen 0.68
unset key
set xrange [-1.05:2.05]
set yrange [0.4:1.6]
set grid noytics xtics
set xtics (-1, 0, 0.6, 0.95, 2) font ',12'
set ytics font ',11'
set label 100 'ratio observed / required growth' at graph 0, graph 1.035 left font ',12' textcolor rgb '#333333'
set arrow 3 from 0, graph 0 to 0, graph 1 nohead lc rgb '#333333'
set arrow 4 from 1, graph 0 to 1, graph 1 nohead dt 2 lc rgb '#333333'
plot 'targets_dashboard.csv' using (0):1:3:(0):4:ytic(2) with vectors nohead lw 12 lc variable, \
    '' using 3:1:5:4 with points pt variable lc variable ps 2.2
    unset output
}
